package kz.gov.dnr.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An endpoint only these system clients may call (CONTRACT.md); everyone else gets 403. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClientsOnly {
  SystemClient[] value();
}
