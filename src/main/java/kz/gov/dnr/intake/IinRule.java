package kz.gov.dnr.intake;

import java.util.Optional;

/**
 * V1: an IIN (ЖСН) is exactly 12 digits with a valid check digit. Weights 1..11 over the first 11 digits,
 * sum mod 11; if that is 10, weights 3,4,5,6,7,8,9,10,11,1,2; if still 10 the IIN is invalid; otherwise
 * the result must equal the 12th digit.
 */
public final class IinRule {

  static final String ACCEPTED = "12 digits with a valid check digit, e.g. 850315300128";
  private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private IinRule() {
  }

  /** Why the value is not an IIN, or empty when it is one. */
  public static Optional<String> problem(String iin) {
    if (iin == null || iin.isBlank()) {
      return Optional.of("is required");
    }
    if (!iin.matches("\\d{12}")) {
      return Optional.of("must be exactly 12 digits, got " + describe(iin));
    }
    int[] d = iin.chars().map(c -> c - '0').toArray();
    int check = weighted(d, FIRST);
    if (check == 10) {
      check = weighted(d, SECOND);
      if (check == 10) {
        return Optional.of("has no valid check digit (both weightings give 10)");
      }
    }
    if (check != d[11]) {
      return Optional.of("fails the check digit: the 12th digit should be " + check + ", not " + d[11]);
    }
    return Optional.empty();
  }

  public static boolean isValid(String iin) {
    return problem(iin).isEmpty();
  }

  private static int weighted(int[] d, int[] w) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += d[i] * w[i];
    }
    return sum % 11;
  }

  private static String describe(String s) {
    return s.length() + " characters" + (s.chars().allMatch(Character::isDigit) ? "" : " with non-digits");
  }
}
