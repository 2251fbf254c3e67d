package kz.gov.dnr.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail as the API returns it, with the field-level {@code errors} list where a
 * field is at fault and, for a 1-year bar, the date from which a new application is possible.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
    List<FieldError> errors, String newApplicationPossibleFrom) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:kz:dnr:problem:";

  public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
    return new Problem(TYPE_PREFIX + kind.slug(), kind.title(), kind.status(), detail, instance,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors), null);
  }

  /** A problem of a kind outside {@link ProblemKind} (an HTTP status the API itself never chooses). */
  public static Problem of(String slug, String title, int status, String detail, String instance) {
    return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, null, null);
  }

  public Problem withNewApplicationPossibleFrom(String date) {
    return new Problem(type, title, status, detail, instance, errors, date);
  }
}
