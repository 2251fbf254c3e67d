package kz.gov.dnr.documents.signing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dnr.signing.*}: the ministry's key for the petition's signature (§8).
 *
 * @param keystore PKCS#12 file with the key and its certificate chain ({@code DNR_SIGNING_KEYSTORE})
 * @param password its password ({@code DNR_SIGNING_PASSWORD})
 * @param alias the key's alias; the first key entry when empty
 * @param createDemoKeystore demo profile only: create a self-signed demo key on first start if the file is missing
 */
@ConfigurationProperties("dnr.signing")
public record SigningProperties(Path keystore, String password, String alias, boolean createDemoKeystore) {
}
