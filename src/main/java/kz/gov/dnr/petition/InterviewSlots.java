package kz.gov.dnr.petition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import kz.gov.dnr.calendar.Kazakhstan;

/**
 * Interview time slots (R6.1): the screener offers one to three times, read in Astana time, at least
 * {@link #NOTICE} ahead and within {@link #HORIZON}, none twice; the applicant books one of them. Every
 * problem of an offer is reported at once, in Kazakh, Russian and English.
 */
public final class InterviewSlots {

  public static final Duration HORIZON = Duration.ofDays(60);
  /** The least notice an applicant gets of a time offered. */
  public static final Duration NOTICE = Duration.ofHours(1);

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
        problems.add("'" + s + "': күн мен уақыт емес / не дата и время / is not a date and time"
            + " (e.g. 2026-12-01T10:00, Astana time)");
      } else if (!t.get().isAfter(now.plus(NOTICE))) {
        problems.add(show(t.get()) + ": кемінде бір сағаттан кейін / не ранее чем через час / at least an hour from now");
      } else if (t.get().isAfter(now.plus(HORIZON))) {
        problems.add(show(t.get()) + ": " + HORIZON.toDays() + " күннен кешіктірмей / не позднее чем через "
            + HORIZON.toDays() + " дней / within " + HORIZON.toDays() + " days");
      } else if (!slots.add(t.get())) {
        problems.add(show(t.get()) + ": екі рет ұсынылған / предложено дважды / offered twice");
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
    return Kazakhstan.DATE_TIME.format(t) + " (UTC+5)";
  }

  /** ISO with the Astana offset, as offered to the portal. */
  public static String iso(Instant t) {
    return OffsetDateTime.ofInstant(t, Kazakhstan.ZONE).toString();
  }
}
