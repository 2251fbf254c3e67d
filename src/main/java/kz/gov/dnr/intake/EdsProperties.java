package kz.gov.dnr.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dnr.eds.*}: trust anchors for applicants' EDS certificates. With a trust store the signer's
 * certificate must chain to one of its CAs (the national CA's roots in production). It is required unless
 * {@code trust-store-required} is off, which only the demo and test profiles do: their applicants sign with
 * certificates the simulation makes, and only the signature and the signer's IIN are checked.
 *
 * @param trustStore PKCS#12 or JKS file with the CA certificates ({@code DNR_EDS_TRUST_STORE})
 * @param trustStorePassword its password ({@code DNR_EDS_TRUST_STORE_PASSWORD})
 * @param trustStoreRequired whether the server refuses to start without a trust store (default on)
 */
@ConfigurationProperties("dnr.eds")
public record EdsProperties(Path trustStore, String trustStorePassword, @DefaultValue("true") boolean trustStoreRequired) {
}
