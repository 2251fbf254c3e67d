package kz.gov.dnr.outside.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.dnr.outside.OutsideSystemUnavailable;

/**
 * Tells a simulator to fail or to time out, always or for the next calls, so tests (and a demo) can show
 * retries and incidents in Cockpit.
 */
public class SimulatorControl {

  /** How a simulator answers. */
  public enum Mode {
    ANSWER, FAIL, TIME_OUT
  }

  private record Setting(Mode mode, AtomicInteger remaining) {
  }

  private final Map<OutsideSystem, Setting> settings = new ConcurrentHashMap<>();
  private final Duration timeout;

  public SimulatorControl(SimulatorProperties properties) {
    this.timeout = properties.timeout();
  }

  /** From now on, until {@link #reset}. */
  public void set(OutsideSystem system, Mode mode) {
    settings.put(system, new Setting(mode, null));
  }

  /** For the next {@code calls} calls only. */
  public void next(OutsideSystem system, Mode mode, int calls) {
    settings.put(system, new Setting(mode, new AtomicInteger(calls)));
  }

  public void reset() {
    settings.clear();
  }

  /** Called by each simulator before it answers. */
  void enter(OutsideSystem system) {
    Setting s = settings.get(system);
    if (s == null || s.mode() == Mode.ANSWER) {
      return;
    }
    if (s.remaining() != null && s.remaining().getAndDecrement() <= 0) {
      settings.remove(system, s);
      return;
    }
    if (s.mode() == Mode.TIME_OUT) {
      try {
        Thread.sleep(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new OutsideSystemUnavailable(system.name(), "no answer within " + timeout + " (simulated time-out)");
    }
    throw new OutsideSystemUnavailable(system.name(), "unavailable (simulated outage)");
  }
}
