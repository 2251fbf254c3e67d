package kz.gov.dnr.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.ProblemKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/calendar/deadline}: portals show applicants their dates (CONTRACT.md). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Kazakhstan working-day calendar and the order's terms")
public class CalendarController {

  static final int MAX_DAYS = 3660;
  /** Event days the calendar answers for: anything else is a typing error, and far years would not print as YYYY. */
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
  private static final String A_DATE = "a date YYYY-MM-DD from " + FIRST_DAY + " to " + LAST_DAY + ", e.g. 2026-12-01";
  private final DeadlineService deadlines;

  public CalendarController(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  /** The answer: the event day, the last day of the term and the instant it ends. */
  public record DeadlineAnswer(String from, String deadline, String endsAt, String kind, int days) {
  }

  @GetMapping("/deadline")
  @Operation(summary = "When does a term end?",
      description = "A term of N working days or N calendar days counted from the day `from` (the event's day,"
          + " Kazakhstan time). `deadline` is its last day; `endsAt` the instant that day ends (midnight, Asia/Almaty)."
          + " A term in calendar days whose last day is not a working day ends on the next working day.")
  public DeadlineAnswer deadline(@RequestParam(required = false) String from,
      @RequestParam(required = false) String workingDays, @RequestParam(required = false) String calendarDays) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate day = null;
    if (from == null || from.isBlank()) {
      errors.add(new FieldError("from", "is required", A_DATE));
    } else {
      try {
        day = LocalDate.parse(from);
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
          errors.add(new FieldError("from", from + " is out of range", A_DATE));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("from", "'" + from + "' is not a date", A_DATE));
      }
    }
    TermKind kind = null;
    Integer n = null;
    if ((workingDays == null) == (calendarDays == null)) {
      errors.add(new FieldError(workingDays == null ? "workingDays" : "calendarDays",
          workingDays == null ? "neither workingDays nor calendarDays is given" : "both workingDays and calendarDays are given",
          "exactly one of workingDays=N or calendarDays=N"));
    } else {
      kind = workingDays != null ? TermKind.WORKING_DAYS : TermKind.CALENDAR_DAYS;
      String field = workingDays != null ? "workingDays" : "calendarDays";
      String value = workingDays != null ? workingDays : calendarDays;
      try {
        n = Integer.valueOf(value.trim());
        if (n < 1 || n > MAX_DAYS) {
          errors.add(new FieldError(field, n + " is out of range", "a whole number from 1 to " + MAX_DAYS));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError(field, "'" + value + "' is not a whole number", "a whole number from 1 to " + MAX_DAYS));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ProblemKind.MALFORMED_REQUEST, "The term cannot be computed from these parameters", errors);
    }
    Term term = deadlines.term(day, n, kind);
    return new DeadlineAnswer(term.eventDay().toString(), term.lastDay().toString(), term.endsAt().toString(),
        kind.name(), n);
  }
}
