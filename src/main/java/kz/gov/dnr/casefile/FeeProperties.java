package kz.gov.dnr.casefile;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code dnr.fees.*}: the state fees checked with the payment gateway (V6), in KZT. */
@ConfigurationProperties("dnr.fees")
public record FeeProperties(BigDecimal prpKzt, BigDecimal residenceCardKzt) {
}
