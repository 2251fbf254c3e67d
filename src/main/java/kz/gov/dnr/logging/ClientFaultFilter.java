package kz.gov.dnr.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.catalina.connector.ClientAbortException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Things that fail a request without being the server's fault, which the libraries log as ERRORs with stack
 * traces: a browser that leaves a page while the engine's REST API is still answering (an officer closing
 * Cockpit mid-load; Jersey logs {@link ClientAbortException}); a task form the rules refuse (the engine's
 * command context logs the {@link FormFieldValidationException} the officer is shown); and a message sent to a
 * case that does not, or no longer, wait for it (the engine's command context logs the
 * {@link MismatchingMessageCorrelationException} that the caller is answered with: 409 from {@code /api/v1} when
 * another answer or a timer came first, 400 from the engine's REST API). The last counts only in the command
 * context's log ({@value #COMMAND_CONTEXT}): no delegate correlates messages, and should one ever fail to, the
 * job executor's own warning and the incident remain. Each becomes one DEBUG line of {@value #LOGGER}, so the
 * warnings and errors that remain are the server's own (registered in {@code logback-spring.xml}).
 */
public class ClientFaultFilter extends TurboFilter {

  static final String LOGGER = "kz.gov.dnr.logging.ClientFault";
  static final String COMMAND_CONTEXT = "org.camunda.bpm.engine.context";
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable fault = clientFault(t != null ? t : lastThrowable(params), COMMAND_CONTEXT.equals(logger.getName()));
    if (fault == null) {
      return FilterReply.NEUTRAL;
    }
    LOG.debug("Not the server's fault ({} at {}): {}", logger.getName(), level, fault.getClass().getSimpleName());
    return FilterReply.DENY;
  }

  static Throwable clientFault(Throwable t, boolean commandContext) {
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (t instanceof ClientAbortException || t instanceof FormFieldValidationException
          || commandContext && t instanceof MismatchingMessageCorrelationException) {
        return t;
      }
    }
    return null;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable th ? th : null;
  }
}
