package kz.gov.dnr.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}: business services ask it for "now", so a test that moves the
 * engine clock to fire a timer moves the rules' "now" with it. Services stay engine-free: they see a
 * plain {@link Clock}.
 */
public final class EngineClock extends Clock {

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Ask for the instant; zones are decided by the rules");
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Runs {@code work} with the engine's clock (JVM-wide) set back by {@code ago}, then sets it going again: for
   * demo data "filed six days ago" whose deadlines have passed. Never for real cases.
   */
  public static void setBackWhile(Duration ago, Runnable work) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(ago)));
    try {
      work.run();
    } finally {
      ClockUtil.reset();
    }
  }
}
