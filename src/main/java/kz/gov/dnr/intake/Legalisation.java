package kz.gov.dnr.intake;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the criminal-record document of a foreign state is certified (R28.1, V11): consular legalisation or an
 * apostille. The portals send the code; officers read the words.
 */
public enum Legalisation {
  CONSULAR("консулдық заңдастыру / консульская легализация / consular legalisation"),
  APOSTILLE("апостиль / апостиль / apostille");

  /** The codes the portals may send. */
  public static final Set<String> CODES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  private final String words;

  Legalisation(String words) {
    this.words = words;
  }

  /** In Kazakh, Russian and English. */
  public String words() {
    return words;
  }

  /** The words for a code, if it is one. */
  public static Optional<String> wordsOf(String code) {
    return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst().map(Legalisation::words);
  }
}
