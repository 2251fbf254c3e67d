package kz.gov.dnr.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;

/** The identity groups of CONTRACT.md, with the names officers see (English / Russian / Kazakh). */
public enum DnrGroup {
  ASTANA_HUB("astana-hub", "Astana Hub / Астана хаб / Астана хаб", Groups.GROUP_TYPE_WORKFLOW),
  MDAI("mdai", "Ministry of AI and Digital Development / МИИЦР / ЖИЦДМ", Groups.GROUP_TYPE_WORKFLOW),
  MIGRATION_SERVICE("migration-service", "Migration service / Миграционная служба / Көші-қон қызметі",
      Groups.GROUP_TYPE_WORKFLOW),
  PSC("psc", "Public service centre / ЦОН / ХҚКО", Groups.GROUP_TYPE_WORKFLOW),
  SUPERVISORS("supervisors", "Supervisors / Руководители / Басшылар", Groups.GROUP_TYPE_WORKFLOW),
  ANALYSTS("analysts", "Analysts / Аналитики / Талдаушылар", Groups.GROUP_TYPE_WORKFLOW),
  CAMUNDA_ADMIN(Groups.CAMUNDA_ADMIN, "Administrators / Администраторы / Әкімшілер", Groups.GROUP_TYPE_SYSTEM),
  /** Portals and outside systems calling {@code /api/v1}; they have no rights in the webapps. */
  SYSTEM_CLIENTS("system-clients", "System clients of the API / Системные клиенты API / API жүйелік клиенттері",
      Groups.GROUP_TYPE_SYSTEM);

  private final String id;
  private final String displayName;
  private final String type;

  DnrGroup(String id, String displayName, String type) {
    this.id = id;
    this.displayName = displayName;
    this.type = type;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String type() {
    return type;
  }

  /** Groups whose members work user tasks of the case (candidate groups). */
  public boolean isOfficerGroup() {
    return this == ASTANA_HUB || this == MDAI || this == MIGRATION_SERVICE || this == PSC;
  }

  /** Whether this group id names an officer group. */
  public static boolean isOfficerGroup(String id) {
    return byId(id).map(DnrGroup::isOfficerGroup).orElse(false);
  }

  /**
   * The display names of a model's candidate groups ({@code "psc"} or {@code "mdai, psc"}), an unknown id kept
   * as it is.
   */
  public static String displayNames(String candidateGroups) {
    return Arrays.stream(candidateGroups.split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .map(id -> byId(id).map(DnrGroup::displayName).orElse(id)).collect(Collectors.joining("; "));
  }

  public static Optional<DnrGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
