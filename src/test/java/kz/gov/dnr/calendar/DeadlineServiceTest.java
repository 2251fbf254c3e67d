package kz.gov.dnr.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order's terms (REQUIREMENTS.md §9, D1–D8, B1–B3) over real 2026 dates. Every row was worked out by
 * hand: 2026-01-01 is a Thursday, 2026-03-08 a Sunday, 2026-03-21 a Saturday, 2026-05-09 a Saturday,
 * 2026-08-30 a Sunday, 2026-10-25 a Sunday, 2026-11-27 a Friday, 2027-01-02 a Saturday. The JVM running the
 * tests is in America/New_York (pom.xml), so the server's zone cannot hide a mistake.
 */
class DeadlineServiceTest {

  static final CalendarProperties SHIPPED = new CalendarProperties(null, true);

  static DeadlineService service(CalendarProperties properties, Instant now) {
    return new DeadlineService(new WorkingDayCalendar(properties), Clock.fixed(now, ZoneOffset.UTC), properties);
  }

  static DeadlineService service() {
    return service(SHIPPED, Instant.parse("2026-11-25T06:00:00Z"));
  }

  @ParameterizedTest(name = "{0} + {1} working days: last day {2} — {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-06 | 1 | 2026-03-10 | 8 March is a Sunday: Monday 9 March is off
      2026-03-20 | 1 | 2026-03-26 | Nauryz: 23 March, and 24-25 March for 21-22 March on the weekend
      2026-03-20 | 2 | 2026-03-27 | Nauryz, second working day
      2026-05-06 | 2 | 2026-05-12 | 7 May holiday, 9 May a Saturday: Monday 11 May is off
      2026-05-08 | 1 | 2026-05-12 | 9 May a Saturday: Monday 11 May is off
      2026-05-26 | 1 | 2026-05-28 | Kurban Ait, 27 May (from the 2026 data file)
      2026-08-28 | 1 | 2026-09-01 | 30 August a Sunday: Monday 31 August is off
      2026-10-23 | 2 | 2026-10-28 | 25 October a Sunday: Monday 26 October is off
      2026-01-06 | 1 | 2026-01-08 | 7 January, Orthodox Christmas
      2026-12-15 | 1 | 2026-12-17 | 16 December, Independence Day
      2026-12-30 | 2 | 2027-01-05 | across New Year: 1 Jan a Friday, 2 Jan a Saturday moves its day off to Monday 4 January
      2026-11-25 | 2 | 2026-11-27 | D1/D2: an ordinary week
      2026-11-27 | 3 | 2026-12-02 | D8: from a Friday over the weekend
      2026-11-26 | 1 | 2026-11-27 | D7: one working day
      """)
  void workingDayTerms(LocalDate event, int days, LocalDate lastDay, String why) {
    Term term = service().term(event, days, TermKind.WORKING_DAYS);
    assertThat(term.lastDay()).as(why).isEqualTo(lastDay);
    assertThat(term.endsAt()).as("ends at the midnight closing the last day, Kazakhstan time")
        .isEqualTo(lastDay.plusDays(1).atStartOfDay(Kazakhstan.ZONE).toInstant());
  }

  @ParameterizedTest(name = "{0} + {1} calendar days: last day {2} — {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-18 | 5  | 2026-11-23 | D3: the 5th day is a Monday, nothing moves
      2026-11-23 | 5  | 2026-11-30 | D3: the 5th day is a Saturday, the term ends on Monday (Civil Code art. 172)
      2026-12-11 | 5  | 2026-12-17 | the 5th day is 16 December, a holiday: ends on 17 December
      2026-07-31 | 25 | 2026-08-25 | D4: 25 days to a Tuesday
      2026-07-17 | 45 | 2026-09-01 | D5: the 45th day is 31 August, a day off: ends on 1 September
      2026-11-25 | 30 | 2026-12-25 | D6: 30 days to a Friday
      2026-12-28 | 5  | 2027-01-05 | across New Year: 2 January 2027 a Saturday, Monday 4 January off
      2026-05-22 | 5  | 2026-05-28 | the 5th day is 27 May, Kurban Ait: ends on the 28th
      """)
  void calendarDayTerms(LocalDate event, int days, LocalDate lastDay, String why) {
    assertThat(service().term(event, days, TermKind.CALENDAR_DAYS).lastDay()).as(why).isEqualTo(lastDay);
  }

  @Test
  void calendarTermsMayBeConfiguredNotToMoveToAWorkingDay() {
    DeadlineService strict = service(new CalendarProperties(null, false), Instant.parse("2026-11-25T06:00:00Z"));
    assertThat(strict.term(LocalDate.of(2026, 11, 23), 5, TermKind.CALENDAR_DAYS).lastDay())
        .isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void anEventLateOnFridayEveningInKazakhstanCountsFromFriday() {
    // Friday 27 November 2026, 23:30 in Astana = 18:30 UTC = 13:30 in New York, the JVM's zone here.
    Instant lateFriday = Instant.parse("2026-11-27T18:30:00Z");
    assertThat(TimeZone.getDefault().getID()).isNotEqualTo("Asia/Almaty");
    Term term = service().term(lateFriday, 1, TermKind.WORKING_DAYS);
    assertThat(term.eventDay()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(term.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(term.endsAt()).isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
  }

  @Test
  void anEventEarlyOnFridayInKazakhstanIsStillThursdayInUtcButCountsFromFriday() {
    // 01:00 on Friday in Astana is 20:00 on Thursday in UTC: the Kazakh day decides.
    Term term = service().term(Instant.parse("2026-11-26T20:00:00Z"), 2, TermKind.WORKING_DAYS);
    assertThat(term.eventDay()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(term.lastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void theServersDefaultZoneDoesNotMatter() {
    TimeZone original = TimeZone.getDefault();
    try {
      Instant event = Instant.parse("2026-11-26T20:00:00Z");
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Term east = service().term(event, 2, TermKind.WORKING_DAYS);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
      Term west = service().term(event, 2, TermKind.WORKING_DAYS);
      assertThat(east).isEqualTo(west);
      assertThat(east.endsAt()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void theModelExpressionsCountFromNowOrFromAVariable() {
    DeadlineService s = service(SHIPPED, Instant.parse("2026-11-27T18:30:00Z")); // Friday 23:30 in Astana
    assertThat(s.workingDays(2).toInstant()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    assertThat(s.calendarDays(1).toInstant()).isEqualTo(Instant.parse("2026-11-30T19:00:00Z")); // Sat -> Mon
    assertThat(s.calendarDaysFrom(java.util.Date.from(Instant.parse("2026-11-25T06:00:00Z")), 30).toInstant())
        .isEqualTo(Instant.parse("2026-12-25T19:00:00Z"));
    assertThat(s.workingDaysFrom("2026-11-27T10:00", 3).toInstant()).isEqualTo(Instant.parse("2026-12-02T19:00:00Z"));
    assertThat(s.workingDaysFrom("2026-11-27", 3).toInstant()).isEqualTo(Instant.parse("2026-12-02T19:00:00Z"));
  }

  @ParameterizedTest(name = "B1-B3: decision {0} -> new application possible from {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-06-10T10:00:00+05:00 | 2027-06-11
      2026-12-31T23:30:00+05:00 | 2028-01-01
      2026-02-28T12:00:00+05:00 | 2027-03-01
      """)
  void oneYearBars(String decision, LocalDate from) {
    assertThat(service().newApplicationPossibleFrom(java.time.OffsetDateTime.parse(decision).toInstant()))
        .isEqualTo(from);
  }

  @Test
  void v2PassportMustBeValidMoreThan180DaysAfterTheApplicationDate() {
    assertThat(service().passportMustBeValidUntilAtLeast(LocalDate.of(2026, 11, 25)))
        .isEqualTo(LocalDate.of(2027, 5, 25));
  }

  @Test
  void aSaturdayMadeAWorkingDayByATransferInADataFileCounts(@TempDir Path overrides) throws IOException {
    // A decree of the test's own: Saturday 28 November 2026 is worked, Monday 30 November is off.
    Files.writeString(overrides.resolve("2026.yaml"), """
        year: 2026
        status: DECREED
        source: test decree
        movable-holidays:
          - { date: 2026-05-27, name: Kurban Ait }
        transfers:
          - { working-day: 2026-11-28, day-off: 2026-11-30, decree: "test decree No. 1" }
        """);
    DeadlineService s = service(new CalendarProperties(overrides, true), Instant.parse("2026-11-25T06:00:00Z"));
    assertThat(s.term(LocalDate.of(2026, 11, 27), 1, TermKind.WORKING_DAYS).lastDay())
        .isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(s.term(LocalDate.of(2026, 11, 27), 2, TermKind.WORKING_DAYS).lastDay())
        .isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void anOverrideFileIsReadWithoutARebuild(@TempDir Path overrides) throws IOException {
    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(overrides, true));
    LocalDate tuesday = LocalDate.of(2026, 12, 1);
    assertThat(calendar.isWorkingDay(tuesday)).isTrue();
    Path file = overrides.resolve("2026.yaml");
    Files.writeString(file, """
        year: 2026
        status: DECREED
        source: a later decree
        movable-holidays: [ { date: 2026-05-27, name: Kurban Ait } ]
        transfers: [ { day-off: 2026-12-01, decree: "decree adding a day off" } ]
        """);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));
    // A new calendar instance reads the folder at once; a running one within its recheck period (30 s).
    assertThat(new WorkingDayCalendar(new CalendarProperties(overrides, true)).isWorkingDay(tuesday)).isFalse();
  }

  @Test
  void aYearWithoutADataFileWorksFromTheFixedRulesAndSaysWhatIsMissing() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);
    WorkingDayCalendar.YearCalendar y2029 = calendar.year(2029);
    assertThat(y2029.hasDataFile()).isFalse();
    assertThat(y2029.missing()).hasValueSatisfying(m -> assertThat(m).contains("2029").contains("Kurban Ait")
        .contains("transfers"));
    // Fixed rules still apply: 2029-03-08 is a Thursday holiday; 7 January 2029 is a Sunday and does not move.
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 3, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 8))).isTrue();
  }

  @Test
  void theShippedYearsAreDecreedExceptTheProvisional2027() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);
    assertThat(calendar.year(2025).missing()).isEmpty();
    assertThat(calendar.year(2026).missing()).isEmpty();
    assertThat(calendar.year(2027).missing()).hasValueSatisfying(m -> assertThat(m).contains("provisional"));
    assertThat(calendar.dayOffReason(LocalDate.of(2026, 5, 27))).hasValueSatisfying(r -> assertThat(r).contains("Kurban"));
  }

  @Test
  void the2026DaysOffAreThoseOfTheCatalogue() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);
    var weekdaysOff = calendar.year(2026).sortedDaysOff().stream()
        .filter(d -> d.getDayOfWeek().getValue() <= 5).map(LocalDate::toString).toList();
    assertThat(weekdaysOff).containsExactly("2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
        "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
        "2026-08-31", "2026-10-26", "2026-12-16");
  }
}
