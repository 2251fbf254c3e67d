package kz.gov.dnr.petition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import kz.gov.dnr.calendar.Kazakhstan;

/**
 * Interview time slots (R6.1): the screener offers one to three times, read in Astana time, in the future
 * and within {@link #HORIZON}; the applicant books one of them.
 */
public final class InterviewSlots {

  public static final Duration HORIZON = Duration.ofDays(60);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Kazakhstan.ZONE);

  private InterviewSlots() {
  }

  /** The slots offered, sorted, or why they are refused. */
  public static List<Instant> parse(List<String> raw, Instant now) {
    TreeSet<Instant> slots = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String s : raw) {
      if (s == null || s.isBlank()) {
        continue;
      }
      Optional<Instant> t = read(s);
      if (t.isEmpty()) {
        problems.add("'" + s + "' is not a date and time");
      } else if (!t.get().isAfter(now.plus(Duration.ofHours(1)))) {
        problems.add(show(t.get()) + " is not in the future / не в будущем");
      } else if (t.get().isAfter(now.plus(HORIZON))) {
        problems.add(show(t.get()) + " is more than " + HORIZON.toDays() + " days ahead / слишком далеко");
      } else if (!slots.add(t.get())) {
        problems.add(show(t.get()) + " is offered twice / повторяется");
      }
    }
    if (slots.isEmpty() && problems.isEmpty()) {
      problems.add("Кемінде бір уақыт ұсыныңыз / Предложите хотя бы одно время / Offer at least one time");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return List.copyOf(slots);
  }

  /** An ISO date-time with an offset, or a local one read in Astana time. */
  public static Optional<Instant> read(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s.trim()).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(s.trim()).atZone(Kazakhstan.ZONE).toInstant());
      } catch (DateTimeParseException notLocal) {
        try {
          return Optional.of(Instant.parse(s.trim()));
        } catch (DateTimeParseException notInstant) {
          return Optional.empty();
        }
      }
    }
  }

  public static String show(Instant t) {
    return SHOWN.format(t) + " (UTC+5)";
  }

  /** ISO with the Astana offset, as offered to the portal. */
  public static String iso(Instant t) {
    return OffsetDateTime.ofInstant(t, Kazakhstan.ZONE).toString();
  }
}
