package kz.gov.dnr.engine;

import java.util.List;

/** The server cannot start as configured: everything that is missing, each a sentence an operator can act on. */
public class SettingsMissing extends IllegalStateException {

  private final transient List<String> problems;

  public SettingsMissing(List<String> problems) {
    super("The server cannot start as configured. " + String.join(". ", problems)
        + ". (The demo profile needs none of these.)");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
