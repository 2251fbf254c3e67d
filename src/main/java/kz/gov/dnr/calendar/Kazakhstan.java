package kz.gov.dnr.calendar;

import java.time.ZoneId;

/** Where every date of the order is decided: Kazakhstan time, whatever the server's own zone. */
public final class Kazakhstan {

  /** {@code Asia/Almaty}, UTC+5 for the whole country since 1 March 2024. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private Kazakhstan() {
  }
}
