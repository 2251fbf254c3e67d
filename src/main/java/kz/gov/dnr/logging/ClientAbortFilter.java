package kz.gov.dnr.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * A browser that leaves a page while the engine's REST API is still answering (an officer closing Cockpit or
 * Tasklist mid-load) is not an error of the server. Jersey, which serves {@code /engine-rest}, logs each such
 * answer as an ERROR with two stack traces; this filter turns every warning or error caused by a
 * {@link ClientAbortException} into one DEBUG line of {@value #LOGGER}, so the errors that remain in the log
 * are the server's own (registered in {@code logback-spring.xml}).
 */
public class ClientAbortFilter extends TurboFilter {

  static final String LOGGER = "kz.gov.dnr.logging.ClientAbort";
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    if (!abortedByClient(thrown)) {
      return FilterReply.NEUTRAL;
    }
    LOG.debug("The client closed the connection before the answer was written ({} at {})", logger.getName(), level);
    return FilterReply.DENY;
  }

  static boolean abortedByClient(Throwable t) {
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (t instanceof ClientAbortException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable th ? th : null;
  }
}
