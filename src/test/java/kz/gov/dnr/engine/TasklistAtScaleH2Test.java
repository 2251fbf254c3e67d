package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import kz.gov.dnr.support.DnrSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Tasklist at scale on H2 as the run command uses it: a database file (under {@code target/}, new for each run and
 * removed after it), not the tests' in-memory database. H2 plans every statement for its parameters, so no plan
 * comparison as on PostgreSQL; beyond the common ceiling, the officer's page must be quick, as it is once H2 keeps
 * the engine's task query planned on the connection (the settings' {@code QUERY_CACHE_SIZE}). The report shows the
 * figures beside PostgreSQL's.
 */
@DnrSpringTest
@Tag("isolated")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./" + TasklistAtScaleH2Test.FOLDER
    + "/dnr-${random.uuid};${dnr.h2-settings}")
class TasklistAtScaleH2Test extends TasklistAtScale {

  static final String FOLDER = "target/tasklist-at-scale-h2";

  /** The database is about 400 MB once measured, and nothing after this class reads it (a JVM of its own). */
  @AfterAll
  static void removeTheDatabase() {
    FileSystemUtils.deleteRecursively(new File(FOLDER));
  }

  /** Beyond the common ceiling: the officer's page is not parsed and planned anew each time (about 60 ms then). */
  @Override
  String databaseSpecifics(double[] hubPage, double[] hubApi, double[] hubGeneric) {
    assertThat(hubPage[0]).as("an officer's page (ms), its statement kept planned on the connection (QUERY_CACHE_SIZE)")
        .isLessThan(25);
    return "Database: H2 file with the run command's settings (page cache 16 MB, 32 statements kept per connection).";
  }
}
