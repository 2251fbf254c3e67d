package kz.gov.dnr.engine;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine-related beans shared by the rules. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  /** "Now" for every rule: the engine's clock (see {@link EngineClock}). */
  @Bean
  public Clock clock() {
    return new EngineClock();
  }
}
