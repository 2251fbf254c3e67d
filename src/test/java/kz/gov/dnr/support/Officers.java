package kz.gov.dnr.support;

import java.util.Map;

/**
 * Where a person acts in a journey: an officer completes one task of a case with the values of its form.
 * {@link CaseDriver} does it through the engine's API; the browser tests do it in Tasklist.
 */
@FunctionalInterface
public interface Officers {

  /** The demo user {@code user} claims the case's open task {@code taskKey} and completes it with {@code values}. */
  void complete(String caseNumber, String taskKey, String user, Map<String, Object> values);
}
