package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a commit on the H2 file database leaves in the file the moment it returns: what a server killed right after
 * answering would find on its restart (CrashRecoveryIT kills a real one). The file is copied at that moment and
 * the copy opened, as a restarted server opens its file. H2 is told here to write in the background only every
 * 100 seconds, so nothing reaches the file but what {@link H2Durability} writes.
 */
@ExtendWith(OutputCaptureExtension.class)
class H2DurabilityTest {

  @TempDir
  Path folder;

  @Test
  void aTransactionCommittedThroughTheDurableDataSourceIsInTheFileWhenTheCommitReturns() throws Exception {
    try (HikariDataSource pool = pool()) {
      DataSource durable = H2Durability.durable(pool);
      JdbcTemplate jdbc = new JdbcTemplate(durable);
      jdbc.execute("create table answered (case_number varchar(20) primary key)");
      new TransactionTemplate(new DataSourceTransactionManager(durable)).executeWithoutResult(
          tx -> jdbc.update("insert into answered values ('DNR-2026-000001')"));

      assertThat(afterAKill()).containsExactly("DNR-2026-000001");
    }
  }

  @Test
  void soIsAStatementRunInAutoCommitModeOnceItsConnectionIsHandedBack() throws Exception {
    try (HikariDataSource pool = pool()) {
      JdbcTemplate jdbc = new JdbcTemplate(H2Durability.durable(pool));
      jdbc.execute("create table answered (case_number varchar(20) primary key)");
      jdbc.update("insert into answered values ('DNR-2026-000002')");

      assertThat(afterAKill()).containsExactly("DNR-2026-000002");
    }
  }

  @Test
  void withoutItTheSameCommitIsNotYetInTheFile() throws Exception {
    try (HikariDataSource pool = pool()) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      jdbc.execute("create table answered (case_number varchar(20) primary key)");
      new TransactionTemplate(new DataSourceTransactionManager(pool)).executeWithoutResult(
          tx -> jdbc.update("insert into answered values ('DNR-2026-000003')"));

      assertThat(afterAKill()).isEmpty();
    }
  }

  @Test
  void aUserWhoMayNotCheckpointStillCommitsAndIsToldWhatThatMeans(CapturedOutput output) throws Exception {
    try (HikariDataSource owner = pool()) {
      JdbcTemplate admin = new JdbcTemplate(owner);
      admin.execute("create table answered (case_number varchar(20) primary key)");
      admin.execute("create user officer password 'officer'");
      admin.execute("grant select, insert on answered to officer");
    }
    // a URL without settings: setting them (WRITE_DELAY here, CACHE_SIZE in the run command's) needs the right too
    try (HikariDataSource pool = pool("jdbc:h2:file:" + folder.resolve("dnr"), "officer", "officer")) {
      DataSource durable = H2Durability.durable(pool);
      JdbcTemplate jdbc = new JdbcTemplate(durable);
      for (String number : List.of("DNR-2026-000004", "DNR-2026-000005")) {
        new TransactionTemplate(new DataSourceTransactionManager(durable)).executeWithoutResult(
            tx -> jdbc.update("insert into answered values (?)", number));
      }

      assertThat(jdbc.queryForList("select case_number from answered order by 1", String.class))
          .containsExactly("DNR-2026-000004", "DNR-2026-000005");
      assertThat(output.getOut().split("is no administrator", -1)).as("said once").hasSize(2);
    }
  }

  @Test
  void onlyH2DatabasesKeptInFilesAreWrapped() {
    assertThat(H2Durability.storesInH2File("jdbc:h2:file:./data/dnr;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
    assertThat(H2Durability.storesInH2File("jdbc:h2:./data/dnr")).isTrue();
    assertThat(H2Durability.storesInH2File("jdbc:h2:tcp://localhost/~/dnr")).isTrue();
    assertThat(H2Durability.storesInH2File("jdbc:h2:mem:dnr-test;DB_CLOSE_DELAY=-1")).isFalse();
    assertThat(H2Durability.storesInH2File("jdbc:postgresql://localhost/dnr")).isFalse();

    HikariDataSource postgres = new HikariDataSource();
    postgres.setJdbcUrl("jdbc:postgresql://localhost/dnr");
    assertThat(new H2Durability().postProcessAfterInitialization(postgres, "dataSource")).isSameAs(postgres);
  }

  private HikariDataSource pool() {
    return pool("jdbc:h2:file:" + folder.resolve("dnr") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=100000", "dnr", "");
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    return pool;
  }

  /** The case numbers a server restarted on the file as it is now would find. */
  private List<String> afterAKill() throws Exception {
    Path copy = folder.resolve("after-kill.mv.db");
    Files.copy(folder.resolve("dnr.mv.db"), copy);
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("after-kill"), "dnr", "");
        Statement s = c.createStatement()) {
      try (ResultSet rows = s.executeQuery("select case_number from answered")) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      } catch (SQLException noTableYet) {
        // not even the table reached the file
      }
    }
    return found;
  }
}
