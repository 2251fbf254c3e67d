package kz.gov.dnr.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m} with {@link PersonalDataMask} applied (registered in {@code logback-spring.xml}). */
public class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMask.mask(super.convert(event));
  }
}
