package kz.gov.dnr.intake;

import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.ProblemKind;

/**
 * Every fault of one request, collected so that all are reported at once. The answer's status is the
 * most basic kind present: a malformed field (400) before a file of the wrong type (415) before a rule of
 * the order (422).
 */
public final class Violations {

  private final List<FieldError> malformed = new ArrayList<>();
  private final List<FieldError> unsupported = new ArrayList<>();
  private final List<FieldError> refused = new ArrayList<>();

  /** The field is missing, unreadable or of the wrong form (400). */
  public void malformed(String field, String reason, String accepted) {
    malformed.add(new FieldError(field, reason, accepted));
  }

  /** A file is not of a type the code accepts, or is not what it claims to be (415). */
  public void unsupported(String field, String reason, String accepted) {
    unsupported.add(new FieldError(field, reason, accepted));
  }

  /** Well-formed, but a rule of the order refuses it (422). */
  public void refused(String field, String reason, String accepted) {
    refused.add(new FieldError(field, reason, accepted));
  }

  public boolean isEmpty() {
    return malformed.isEmpty() && unsupported.isEmpty() && refused.isEmpty();
  }

  public boolean has(String field) {
    return all().stream().anyMatch(e -> e.field().equals(field));
  }

  public List<FieldError> all() {
    List<FieldError> all = new ArrayList<>(malformed);
    all.addAll(unsupported);
    all.addAll(refused);
    return all;
  }

  /** Throws the problem if anything was found; nothing has been changed yet. */
  public void throwIfAny(String what) {
    if (isEmpty()) {
      return;
    }
    ProblemKind kind = !malformed.isEmpty() ? ProblemKind.MALFORMED_REQUEST
        : !unsupported.isEmpty() ? ProblemKind.UNSUPPORTED_MEDIA_TYPE : ProblemKind.REFUSED_BY_RULES;
    int n = all().size();
    throw new ApiException(kind, what + " is refused: " + n + (n == 1 ? " field is" : " fields are")
        + " at fault (see errors). Nothing was stored.", all());
  }
}
