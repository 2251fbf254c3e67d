package kz.gov.dnr.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's data file ({@code calendar/<year>.yaml}): what the fixed rules cannot know. Kurban Ait
 * moves with the lunar calendar; the Government moves days off by decree each year.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CalendarYearData(
    int year,
    Status status,
    String source,
    @JsonProperty("movable-holidays") List<NamedDay> movableHolidays,
    @JsonProperty("transfers") List<Transfer> transfers,
    @JsonProperty("cancelled-holidays") List<NamedDay> cancelledHolidays,
    String notes) {

  /** Whether the year's days off are decreed or only expected. */
  public enum Status {
    DECREED, PROVISIONAL
  }

  /** A named day. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record NamedDay(LocalDate date, String name) {
  }

  /**
   * A day off moved by decree: {@code workingDay} (often a Saturday) becomes a working day and
   * {@code dayOff} becomes a day off. Either may be absent when a decree only adds or removes one.
   */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Transfer(
      @JsonProperty("working-day") LocalDate workingDay,
      @JsonProperty("day-off") LocalDate dayOff,
      String decree) {
  }

  public List<NamedDay> movableHolidays() {
    return movableHolidays == null ? List.of() : movableHolidays;
  }

  public List<Transfer> transfers() {
    return transfers == null ? List.of() : transfers;
  }

  public List<NamedDay> cancelledHolidays() {
    return cancelledHolidays == null ? List.of() : cancelledHolidays;
  }
}
