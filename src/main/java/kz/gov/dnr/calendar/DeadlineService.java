package kz.gov.dnr.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import kz.gov.dnr.engine.CalledFromModels;
import org.springframework.stereotype.Service;

/**
 * The one answer to "when does this term end?" for every deadline of the order (D1–D8) and the
 * 1-year bars (B1–B3).
 *
 * <p>A term counted in days starts on the day after the event and ends at the end of its last day in
 * Kazakhstan time: {@link Term#endsAt()} is the midnight that closes that day, so a timer set to it fires
 * when the day is over and not a second before. N working days end at the end of the N-th working day
 * after the event's day. N calendar days end at the end of the N-th day after the event's day, moved to
 * the next working day when that day is not one (Civil Code art. 172; interpretation, configurable).
 *
 * <p>BPMN timers and task due dates call it as {@code ${deadlines.workingDays(2)}} or
 * {@code ${deadlines.calendarDays(5)}} (counted from the moment the element is entered), or as
 * {@code ${deadlines.calendarDaysFrom(preliminaryDecidedAt, 30)}} where the term starts at an event held in
 * a variable.
 */
@Service("deadlines")
@CalledFromModels
public class DeadlineService {

  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final boolean calendarTermsEndOnWorkingDay;

  public DeadlineService(WorkingDayCalendar calendar, Clock clock, CalendarProperties properties) {
    this.calendar = calendar;
    this.clock = clock;
    this.calendarTermsEndOnWorkingDay = properties.calendarTermsEndOnWorkingDay();
  }

  // ---- expressions for the models -------------------------------------------------------------

  /** End of a term of {@code n} working days counted from now (the moment the element is entered). */
  public Date workingDays(int n) {
    return Date.from(term(clock.instant(), n, TermKind.WORKING_DAYS).endsAt());
  }

  /** End of a term of {@code n} calendar days counted from now. */
  public Date calendarDays(int n) {
    return Date.from(term(clock.instant(), n, TermKind.CALENDAR_DAYS).endsAt());
  }

  /** End of a term of {@code n} working days counted from an event held in a variable. */
  public Date workingDaysFrom(Object event, int n) {
    return Date.from(term(toInstant(event), n, TermKind.WORKING_DAYS).endsAt());
  }

  /** End of a term of {@code n} calendar days counted from an event held in a variable. */
  public Date calendarDaysFrom(Object event, int n) {
    return Date.from(term(toInstant(event), n, TermKind.CALENDAR_DAYS).endsAt());
  }

  // ---- the rules ------------------------------------------------------------------------------

  public Term term(Instant event, int n, TermKind kind) {
    return term(event.atZone(Kazakhstan.ZONE).toLocalDate(), n, kind);
  }

  public Term term(LocalDate eventDay, int n, TermKind kind) {
    if (n < 1) {
      throw new IllegalArgumentException("A term has at least one day, not " + n);
    }
    LocalDate lastDay = switch (kind) {
      case WORKING_DAYS -> calendar.addWorkingDays(eventDay, n);
      case CALENDAR_DAYS -> {
        LocalDate last = eventDay.plusDays(n);
        yield calendarTermsEndOnWorkingDay ? calendar.nextWorkingDayOnOrAfter(last) : last;
      }
    };
    Instant endsAt = lastDay.plusDays(1).atStartOfDay(Kazakhstan.ZONE).toInstant();
    return new Term(eventDay, n, kind, lastDay, endsAt);
  }

  /**
   * B1–B3: after a refusal or an annulled approval no new PRP application for 1 year. The year runs
   * from the day after the decision to the same date a year later; a new application is possible
   * from the day after that (interpretation: the bar is not extended to a working day, since it
   * forbids rather than requires an action).
   */
  public LocalDate newApplicationPossibleFrom(Instant decision) {
    return decision.atZone(Kazakhstan.ZONE).toLocalDate().plusYears(1).plusDays(1);
  }

  /**
   * V2: a passport must be valid more than 180 calendar days after the application date, so its
   * expiry date must be this day or later.
   */
  public LocalDate passportMustBeValidUntilAtLeast(LocalDate applicationDay) {
    return applicationDay.plusDays(181);
  }

  /** Today in Kazakhstan. */
  public LocalDate today() {
    return clock.instant().atZone(Kazakhstan.ZONE).toLocalDate();
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Accepts what the engine and the forms hold: {@link Date}, {@link Instant}, java.time date-times,
   * and ISO strings (an instant with offset, or a local date-time or date read in Kazakhstan time).
   */
  static Instant toInstant(Object event) {
    if (event instanceof Date d) {
      return d.toInstant();
    }
    if (event instanceof Instant i) {
      return i;
    }
    if (event instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (event instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (event instanceof LocalDateTime l) {
      return l.atZone(Kazakhstan.ZONE).toInstant();
    }
    if (event instanceof LocalDate l) {
      return l.atStartOfDay(Kazakhstan.ZONE).toInstant();
    }
    if (event instanceof String s) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(s).atZone(Kazakhstan.ZONE).toInstant();
        } catch (DateTimeParseException notLocal) {
          return LocalDate.parse(s).atStartOfDay(Kazakhstan.ZONE).toInstant();
        }
      }
    }
    throw new IllegalArgumentException("A term starts at a date or a date-time, not at " + event);
  }
}
