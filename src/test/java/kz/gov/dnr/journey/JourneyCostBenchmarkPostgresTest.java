package kz.gov.dnr.journey;

import kz.gov.dnr.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The journey cost benchmark on PostgreSQL, the production database, on a server of its own, in a JVM of its own
 * (tag "isolated", the build's execution "benchmarks" giving it the run command's options) and, unlike
 * {@code @DnrPostgresTest}, without the process-test-coverage instrumentation, which production does not carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Tag("postgres")
@Tag("isolated")
@Tag("benchmark")
class JourneyCostBenchmarkPostgresTest extends JourneyCostBenchmark {

  @Override
  String database() {
    return "postgres";
  }

  @Override
  String databaseShown() {
    return "PostgreSQL";
  }
}
