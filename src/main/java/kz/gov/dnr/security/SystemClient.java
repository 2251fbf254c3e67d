package kz.gov.dnr.security;

/** The system clients of {@code /api/v1} (CONTRACT.md). */
public enum SystemClient {
  ASTANAHUB_PORTAL("astanahub-portal", "Astana Hub portal (astanahub.com)"),
  EGOV_PORTAL("egov-portal", "eGov portal (egov.kz)"),
  BERKUT_GATEWAY("berkut-gateway", "Berkut gateway (NSC answers)"),
  PSC_SYSTEM("psc-system", "PSC information system");

  private final String id;
  private final String displayName;

  SystemClient(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
