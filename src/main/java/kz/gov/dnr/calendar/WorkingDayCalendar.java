package kz.gov.dnr.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Kazakhstan's working days: Monday to Friday minus public holidays and days off (REQUIREMENTS.md §9).
 *
 * <p>Fixed holidays come from {@code calendar/fixed-holidays.yaml}; a holiday on a Saturday or Sunday
 * moves the day off to the next working day unless the law says it does not (7 January, Kurban Ait).
 * Kurban Ait and the Government's transfers come from one file per year. Files in the configured
 * override folder win over the shipped ones and are read again when they change.
 */
@Component
public class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final Duration RECHECK = Duration.ofSeconds(30);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path overrideDir;
  private final Map<Integer, Cached> years = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile CachedFixed fixed;

  public WorkingDayCalendar(CalendarProperties properties) {
    this.overrideDir = properties.overrideDir();
  }

  public boolean isWorkingDay(LocalDate day) {
    YearCalendar year = year(day.getYear());
    if (year.workingWeekendDays().contains(day)) {
      return true;
    }
    if (year.daysOff().containsKey(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Why a weekday is not a working day (a holiday's name or a transfer), if it is not. */
  public Optional<String> dayOffReason(LocalDate day) {
    return Optional.ofNullable(year(day.getYear()).daysOff().get(day));
  }

  public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The n-th working day after {@code day} (n ≥ 1). */
  public LocalDate addWorkingDays(LocalDate day, int n) {
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The years asked about so far. */
  public java.util.Set<Integer> knownYears() {
    return java.util.Set.copyOf(years.keySet());
  }

  /** The calendar of one year, computed once and kept until its files change. */
  public YearCalendar year(int year) {
    Cached cached = years.get(year);
    Instant now = Instant.now();
    if (cached != null && now.isBefore(cached.checkedAt.plus(RECHECK))) {
      return cached.calendar;
    }
    List<FixedHoliday> fixedHolidays = fixedHolidays();
    Source source = yearSource(year);
    if (cached != null && cached.source.equals(source) && cached.fixedVersion == fixed.version) {
      years.put(year, new Cached(cached.calendar, source, cached.fixedVersion, now));
      return cached.calendar;
    }
    YearCalendar computed = compute(year, fixedHolidays, source.load());
    years.put(year, new Cached(computed, source, fixed.version, now));
    if (computed.missing().isPresent() && warnedYears.add(year)) {
      LOG.warn("Working-day calendar {}: {}", year, computed.missing().get());
    }
    return computed;
  }

  static YearCalendar compute(int year, List<FixedHoliday> fixedHolidays, Optional<CalendarYearData> data) {
    Set<LocalDate> cancelled = new HashSet<>();
    data.ifPresent(d -> d.cancelledHolidays().forEach(c -> cancelled.add(c.date())));

    // Holidays of the year, in date order; the flag says whether a weekend occurrence moves a day off.
    TreeMap<LocalDate, Holiday> holidays = new TreeMap<>();
    for (FixedHoliday h : fixedHolidays) {
      if (h.appliesIn(year)) {
        LocalDate date = h.date().atYear(year);
        if (!cancelled.contains(date)) {
          holidays.put(date, new Holiday(h.name(), h.movesOffWeekend()));
        }
      }
    }
    data.ifPresent(d -> d.movableHolidays().forEach(m -> {
      requireYear(year, m.date(), "movable holiday");
      holidays.put(m.date(), new Holiday(m.name(), false));
    }));

    Map<LocalDate, String> daysOff = new HashMap<>();
    holidays.forEach((date, h) -> daysOff.put(date, h.name));
    for (Map.Entry<LocalDate, Holiday> e : holidays.entrySet()) {
      LocalDate date = e.getKey();
      if (e.getValue().movesOffWeekend && isWeekend(date)) {
        LocalDate moved = date.plusDays(1);
        while (isWeekend(moved) || daysOff.containsKey(moved)) {
          moved = moved.plusDays(1);
        }
        daysOff.put(moved, "day off for " + e.getValue().name + " (" + date + ")");
      }
    }

    Set<LocalDate> workingWeekendDays = new HashSet<>();
    data.ifPresent(d -> d.transfers().forEach(t -> {
      if (t.workingDay() != null) {
        requireYear(year, t.workingDay(), "transfer");
        daysOff.remove(t.workingDay());
        if (isWeekend(t.workingDay())) {
          workingWeekendDays.add(t.workingDay());
        }
      }
      if (t.dayOff() != null) {
        requireYear(year, t.dayOff(), "transfer");
        daysOff.put(t.dayOff(), "day off moved by decree" + (t.decree() == null ? "" : " (" + t.decree() + ")"));
      }
    }));

    Optional<String> missing;
    if (data.isEmpty()) {
      missing = Optional.of("no data file for " + year + ": Kurban Ait and the Government's transfers of days off"
          + " are not known; counting with the fixed holidays only");
    } else if (data.get().status() == CalendarYearData.Status.PROVISIONAL) {
      missing = Optional.of("the data file for " + year + " is provisional (not yet decreed): "
          + Optional.ofNullable(data.get().notes()).orElse("dates may change"));
    } else {
      missing = Optional.empty();
    }
    return new YearCalendar(year, Collections.unmodifiableMap(daysOff),
        Collections.unmodifiableSet(workingWeekendDays), data.isPresent(), missing);
  }

  private static void requireYear(int year, LocalDate date, String what) {
    if (date.getYear() != year) {
      throw new IllegalStateException("Calendar file for " + year + " lists a " + what + " in another year: " + date);
    }
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private List<FixedHoliday> fixedHolidays() {
    CachedFixed current = fixed;
    Instant now = Instant.now();
    if (current != null && now.isBefore(current.checkedAt.plus(RECHECK))) {
      return current.holidays;
    }
    Source source = source("fixed-holidays.yaml");
    if (current != null && current.source.equals(source)) {
      fixed = new CachedFixed(current.holidays, source, current.version, now);
      return current.holidays;
    }
    List<FixedHoliday> holidays = source.read(in -> YAML.readValue(in, new TypeReference<List<FixedHoliday>>() { }))
        .orElseThrow(() -> new IllegalStateException("calendar/fixed-holidays.yaml is missing from the classpath"));
    fixed = new CachedFixed(List.copyOf(holidays), source, current == null ? 1 : current.version + 1, now);
    return fixed.holidays;
  }

  private Source yearSource(int year) {
    return source(year + ".yaml");
  }

  private Source source(String fileName) {
    if (overrideDir != null) {
      Path file = overrideDir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        try {
          return new Source(fileName, file, Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + file, e);
        }
      }
    }
    return new Source(fileName, null, 0);
  }

  /** Where a file comes from: the override folder (with its modification time) or the classpath. */
  private record Source(String fileName, Path file, long lastModified) {

    Optional<CalendarYearData> load() {
      return read(in -> YAML.readValue(in, CalendarYearData.class));
    }

    <T> Optional<T> read(Reader<T> reader) {
      try (InputStream in = file != null ? Files.newInputStream(file)
          : WorkingDayCalendar.class.getResourceAsStream("/calendar/" + fileName)) {
        return in == null ? Optional.empty() : Optional.of(reader.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("Calendar file " + (file != null ? file : "classpath:calendar/" + fileName)
            + " cannot be read: " + e.getMessage(), e);
      }
    }
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private record Holiday(String name, boolean movesOffWeekend) {
  }

  private record Cached(YearCalendar calendar, Source source, long fixedVersion, Instant checkedAt) {
  }

  private record CachedFixed(List<FixedHoliday> holidays, Source source, long version, Instant checkedAt) {
  }

  /**
   * One year: its weekday days off (holidays, moved days off, transfers), its Saturdays and Sundays
   * made working days, and what is missing when the year has no decreed data file.
   */
  public record YearCalendar(int year, Map<LocalDate, String> daysOff, Set<LocalDate> workingWeekendDays,
      boolean hasDataFile, Optional<String> missing) {

    public List<LocalDate> sortedDaysOff() {
      List<LocalDate> days = new ArrayList<>(daysOff.keySet());
      Collections.sort(days);
      return days;
    }
  }
}
