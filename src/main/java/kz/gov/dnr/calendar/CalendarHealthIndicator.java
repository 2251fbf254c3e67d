package kz.gov.dnr.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health component {@code calendar}: for this year, next year and every year a term has touched,
 * whether a data file exists and is decreed; warnings name the year and what is missing. A missing file
 * does not make the application DOWN: terms are still counted with the fixed holidays.
 */
@Component("calendar")
public class CalendarHealthIndicator implements HealthIndicator {

  private final WorkingDayCalendar calendar;
  private final DeadlineService deadlines;

  public CalendarHealthIndicator(WorkingDayCalendar calendar, DeadlineService deadlines) {
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public Health health() {
    int thisYear = deadlines.today().getYear();
    TreeSet<Integer> years = new TreeSet<>(calendar.knownYears());
    years.add(thisYear);
    years.add(thisYear + 1);
    Map<String, String> status = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (int year : years) {
      WorkingDayCalendar.YearCalendar y = calendar.year(year);
      status.put(String.valueOf(year), !y.hasDataFile() ? "no data file" : y.missing().isPresent() ? "provisional" : "decreed");
      y.missing().ifPresent(m -> warnings.add(year + ": " + m));
    }
    Health.Builder health = Health.up().withDetail("years", status);
    if (!warnings.isEmpty()) {
      health.withDetail("warnings", warnings);
    }
    return health.build();
  }
}
