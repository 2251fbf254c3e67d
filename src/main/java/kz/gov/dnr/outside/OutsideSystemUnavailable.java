package kz.gov.dnr.outside;

/**
 * An outside system failed or did not answer in time: a technical failure. The calling job fails, is
 * retried per its {@code failedJobRetryTimeCycle}, and becomes an incident in Cockpit when retries run out.
 */
public class OutsideSystemUnavailable extends RuntimeException {

  public OutsideSystemUnavailable(String system, String what) {
    super(system + ": " + what);
  }
}
