package kz.gov.dnr.outside.simulator;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dnr.simulators.*} (used when {@code dnr.outside.simulated=true}: demo profile and tests).
 *
 * @param dataFile the data the simulators answer from; the shipped {@code simulators/outside-systems.json} if empty
 * @param timeout how long a simulator told to time out waits before it gives up
 * @param nscAnswerDelay after this delay the Berkut simulator posts the NSC's answer to the case's
 *     {@code nsc-decision} endpoint, as the real gateway would; empty: no answer (tests post it themselves)
 * @param berkutPassword the {@code berkut-gateway} client's password for that call
 */
@ConfigurationProperties("dnr.simulators")
public record SimulatorProperties(Path dataFile, @DefaultValue("PT10S") Duration timeout, Duration nscAnswerDelay,
    String berkutPassword) {
}
