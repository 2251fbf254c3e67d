package kz.gov.dnr.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (stack traces with their packaging data, set off by blank lines) with
 * {@link PersonalDataMask} applied to the exception messages they print (registered in {@code logback-spring.xml}).
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return PersonalDataMask.mask(super.throwableProxyToString(tp));
  }
}
