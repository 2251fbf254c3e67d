package kz.gov.dnr.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN expressions may call ({@code ${deadlines...}}, delegate expressions).
 * Only these beans are visible to the models, so an analyst editing a model in Modeler cannot reach
 * arbitrary beans of the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CalledFromModels {
}
