package kz.gov.dnr.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.MonthDay;

/**
 * A holiday on the same date every year ({@code calendar/fixed-holidays.yaml}). {@code movesOffWeekend}
 * is false for the days the Labour Code does not move (7 January); {@code since}/{@code until} bound
 * the years in which the law lists it, so a change of the law is a change of data.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FixedHoliday(
    @JsonProperty("month-day") String monthDay,
    String name,
    @JsonProperty("moves-off-weekend") boolean movesOffWeekend,
    Integer since,
    Integer until) {

  public MonthDay date() {
    return MonthDay.parse("--" + monthDay);
  }

  public boolean appliesIn(int year) {
    return (since == null || year >= since) && (until == null || year <= until);
  }
}
