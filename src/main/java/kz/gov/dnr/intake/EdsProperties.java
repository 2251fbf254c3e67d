package kz.gov.dnr.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dnr.eds.*}: trust anchors for applicants' EDS certificates. With a trust store the signer's
 * certificate must chain to one of its CAs (the national CA's roots in production); without one only the
 * signature and the signer's IIN are checked (demo).
 */
@ConfigurationProperties("dnr.eds")
public record EdsProperties(Path trustStore, String trustStorePassword) {
}
