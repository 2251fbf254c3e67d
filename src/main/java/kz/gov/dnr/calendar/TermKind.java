package kz.gov.dnr.calendar;

/** How the days of a term are counted (REQUIREMENTS.md §9). */
public enum TermKind {
  WORKING_DAYS("working days"),
  CALENDAR_DAYS("calendar days");

  private final String label;

  TermKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
