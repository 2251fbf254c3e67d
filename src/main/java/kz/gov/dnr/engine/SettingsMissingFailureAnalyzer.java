package kz.gov.dnr.engine;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link SettingsMissing} into Spring Boot's "APPLICATION FAILED TO START" report, one line per missing
 * setting, instead of leaving the operator to find the message at the bottom of a stack trace.
 */
public class SettingsMissingFailureAnalyzer extends AbstractFailureAnalyzer<SettingsMissing> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SettingsMissing cause) {
    String description = cause.problems().stream().map(p -> "  - " + p + ".")
        .collect(Collectors.joining("\n", "The server cannot start as configured:\n", ""));
    return new FailureAnalysis(description, "Provide each setting named above (README, \"Profiles and configuration\"),"
        + " or start the demo profile, which needs none of them.", cause);
  }
}
