package kz.gov.dnr.logging;

import java.util.regex.Pattern;

/**
 * Masks what identifies an applicant in a line of log text: e-mail addresses, IINs (twelve digits standing
 * alone) and passport-like numbers (one or two capital letters and six to eight digits). Our own log
 * statements carry case numbers only; this is the safety net for text we do not write ourselves: an SMTP
 * server's refusal quoting the recipient, a database error quoting the row (PostgreSQL's {@code Key
 * (iin)=(…)}), an exception of a library. Names cannot be recognised by their shape, so code must never log them.
 *
 * <p>Case numbers ({@code DNR-2026-000042}), ids (UUIDs), dates, times and durations are left as they are.
 */
public final class PersonalDataMask {

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern IIN = Pattern.compile("(?<![\\w-])\\d{12}(?![\\w-])");
  private static final Pattern PASSPORT = Pattern.compile("(?<![\\w-])[A-Z]{1,2}\\d{6,8}(?![\\w-])");

  private PersonalDataMask() {
  }

  /** The text with e-mail addresses, IINs and passport numbers replaced by {@code <e-mail>}, {@code <IIN>}, {@code <passport>}. */
  public static String mask(String text) {
    if (text == null || text.isEmpty() || !mayHoldPersonalData(text)) {
      return text;
    }
    String masked = EMAIL.matcher(text).replaceAll("<e-mail>");
    masked = IIN.matcher(masked).replaceAll("<IIN>");
    return PASSPORT.matcher(masked).replaceAll("<passport>");
  }

  /** Every pattern above needs an '@' or six digits in a row: most lines have neither and skip the patterns. */
  private static boolean mayHoldPersonalData(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        return true;
      }
      digits = c >= '0' && c <= '9' ? digits + 1 : 0;
      if (digits == 6) {
        return true;
      }
    }
    return false;
  }
}
