package kz.gov.dnr.petition;

/** One line of the screener's checklist: what was checked, the result, and why. */
public record CheckItem(String check, boolean passed, String mark, String detail) {

  static CheckItem of(String check, boolean passed, String detail) {
    return new CheckItem(check, passed, passed ? "✔" : "✘", detail);
  }
}
