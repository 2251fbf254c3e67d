package kz.gov.dnr.api;

import java.util.List;

/**
 * A refusal the API answers with a problem body. Thrown before anything is changed, or inside the
 * transaction that it rolls back, so a refused request changes nothing.
 */
public class ApiException extends RuntimeException {

  private final ProblemKind kind;
  private final List<FieldError> errors;
  private final String newApplicationPossibleFrom;

  public ApiException(ProblemKind kind, String detail) {
    this(kind, detail, List.of(), null);
  }

  public ApiException(ProblemKind kind, String detail, List<FieldError> errors) {
    this(kind, detail, errors, null);
  }

  public ApiException(ProblemKind kind, String detail, List<FieldError> errors, String newApplicationPossibleFrom) {
    super(detail);
    this.kind = kind;
    this.errors = List.copyOf(errors);
    this.newApplicationPossibleFrom = newApplicationPossibleFrom;
  }

  public ProblemKind kind() {
    return kind;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Problem toProblem(String instance) {
    Problem p = Problem.of(kind, getMessage(), instance, errors);
    return newApplicationPossibleFrom == null ? p : p.withNewApplicationPossibleFrom(newApplicationPossibleFrom);
  }

  public static ApiException notFound(String caseNumber) {
    return new ApiException(ProblemKind.NOT_FOUND, "No case " + caseNumber + " is known");
  }
}
