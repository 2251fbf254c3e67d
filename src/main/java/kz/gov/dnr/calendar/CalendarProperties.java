package kz.gov.dnr.calendar;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dnr.calendar.*}.
 *
 * @param overrideDir folder whose {@code <year>.yaml} and {@code fixed-holidays.yaml} replace the shipped
 *     files, read again when they change: next year's decree needs no rebuild
 * @param calendarTermsEndOnWorkingDay a term in calendar days whose last day is not a working day ends
 *     on the next working day (Civil Code art. 172; interpretation, on by default)
 */
@ConfigurationProperties("dnr.calendar")
public record CalendarProperties(
    Path overrideDir,
    @DefaultValue("true") boolean calendarTermsEndOnWorkingDay) {
}
