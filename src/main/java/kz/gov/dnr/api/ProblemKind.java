package kz.gov.dnr.api;

/** The kinds of problem the API answers with (CONTRACT.md: 400, 401/403, 404, 409, 413, 415, 422). */
public enum ProblemKind {
  MALFORMED_REQUEST(400, "malformed-request", "The request is malformed"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
  FORBIDDEN(403, "forbidden", "Not allowed for this caller"),
  NOT_FOUND(404, "not-found", "Not found"),
  CONFLICT(409, "conflict", "Conflict with the state of the case"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Upload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Not of an accepted type"),
  REFUSED_BY_RULES(422, "refused-by-rules", "The application does not meet the rules of the order"),
  INTERNAL(500, "internal", "Internal error"),
  SERVICE_UNAVAILABLE(503, "service-unavailable", "An outside system does not answer");

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }
}
