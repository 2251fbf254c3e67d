package kz.gov.dnr.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Where every date of the order is decided: Kazakhstan time, whatever the server's own zone. */
public final class Kazakhstan {

  /** {@code Asia/Almaty}, UTC+5 for the whole country since 1 March 2024. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  /** A day as officers and applicants read it: {@code 26.11.2026}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** An instant as officers and applicants read it, in Kazakhstan time: {@code 26.11.2026 20:53}. */
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

  private Kazakhstan() {
  }
}
