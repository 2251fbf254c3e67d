package kz.gov.dnr.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.gov.dnr.calendar.CalendarProperties;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V1–V3 as plain rules, without the engine. */
class IntakeRulesTest {

  @ParameterizedTest(name = "V1 IIN {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      850315300128 | valid  |
      921120401235 | valid  |
      010607500450 | valid  |
      850315300127 | check  | 12th digit should be 8, not 7
      85031530012  | form   | exactly 12 digits
      8503153001281| form   | exactly 12 digits
      85031530012A | form   | non-digits
      ''           | form   | is required
      """)
  void v1Iin(String iin, String verdict, String message) {
    var problem = IinRule.problem(iin);
    if (verdict.equals("valid")) {
      assertThat(problem).isEmpty();
    } else {
      assertThat(problem).hasValueSatisfying(p -> assertThat(p).contains(message));
    }
  }

  @ParameterizedTest(name = "V3 photo {0}x{1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      413  | 531  | ok        |
      827  | 1063 | ok        |
      700  | 900  | ok        |
      400  | 515  | too small | too few
      531  | 413  | landscape | not portrait
      600  | 600  | square    | not portrait
      600  | 700  | ratio     | not 35:45
      413  | 560  | ratio     | not 35:45
      """)
  void v3Photo(int width, int height, String verdict, String message) {
    var problem = PhotoRule.problem(width, height);
    if (verdict.equals("ok")) {
      assertThat(problem).isEmpty();
    } else {
      assertThat(problem).hasValueSatisfying(p -> assertThat(p).contains(message));
    }
  }

  @ParameterizedTest(name = "V2 applied {0}, passport expires {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-25 | 2027-05-25 | accepted
      2026-11-25 | 2027-05-24 | refused
      2026-11-25 | 2026-12-31 | refused
      2026-11-25 | 2031-05-01 | accepted
      2026-02-28 | 2026-08-28 | accepted
      2026-02-28 | 2026-08-27 | refused
      """)
  void v2PassportValidMoreThan180DaysAfterTheApplicationDate(LocalDate applied, LocalDate expiry, String verdict) {
    CalendarProperties p = new CalendarProperties(null, true);
    PassportRule rule = new PassportRule(new DeadlineService(new WorkingDayCalendar(p),
        Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC), p));
    assertThat(rule.problem(expiry, applied).isEmpty()).isEqualTo(verdict.equals("accepted"));
    assertThat(rule.accepted(applied)).contains(applied.plusDays(181).toString());
  }
}
