package kz.gov.dnr.casefile;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dnr.pilot.*}: R0.1 the pilot's cities; R0.2 the last day new applications are accepted
 * (interpretation: cases already running continue to their end).
 */
@ConfigurationProperties("dnr.pilot")
public record PilotProperties(@DefaultValue({"ASTANA", "ALMATY"}) Set<String> cities, @DefaultValue("2026-12-31") LocalDate endsOn) {
}
