package kz.gov.dnr.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A term counted from an event: its length and kind, the last day on which it runs (in Kazakhstan
 * time) and the instant it ends, the midnight that closes that day.
 */
public record Term(LocalDate eventDay, int length, TermKind kind, LocalDate lastDay, Instant endsAt) {

  public String describe() {
    return length + " " + kind.label() + " from " + eventDay + ", last day " + lastDay;
  }
}
