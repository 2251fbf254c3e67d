package kz.gov.dnr.journey;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The journey cost benchmark on H2 (in memory, the tests' database), in a JVM of its own (tag "isolated") and, unlike
 * {@code @DnrSpringTest}, without the process-test-coverage instrumentation, which production does not carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("isolated")
class JourneyCostBenchmarkTest extends JourneyCostBenchmark {

  @Override
  String database() {
    return "h2";
  }
}
