package kz.gov.dnr.journey;

import java.io.File;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The journey cost benchmark on H2 as the run command uses it, the embedded default: a database file with the run
 * command's settings (under {@code target/}, new for each run and removed after it), not the tests' in-memory
 * database. In a JVM of its own (tag "isolated", the build's execution "benchmarks" giving it the run command's
 * options) and, unlike {@code @DnrSpringTest}, without the process-test-coverage instrumentation, which production
 * does not carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./" + JourneyCostBenchmarkTest.FOLDER
    + "/dnr-${random.uuid};${dnr.h2-settings}")
@Tag("isolated")
@Tag("benchmark")
class JourneyCostBenchmarkTest extends JourneyCostBenchmark {

  static final String FOLDER = "target/journey-cost-h2";

  /** Nothing after this class reads the database (a JVM of its own). */
  @AfterAll
  static void removeTheDatabase() {
    FileSystemUtils.deleteRecursively(new File(FOLDER));
  }

  @Override
  String database() {
    return "h2";
  }

  @Override
  String databaseShown() {
    return "an H2 file with the run command's settings";
  }
}
