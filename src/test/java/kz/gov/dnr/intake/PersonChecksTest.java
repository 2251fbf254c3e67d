package kz.gov.dnr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.casefile.CaseOutcome;
import kz.gov.dnr.casefile.CaseRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V10 and V12 over the registry's tables, without the engine (a bare H2 with the application's migration). */
class PersonChecksTest {

  CaseRegistry registry;
  PersonChecks checks;

  @BeforeEach
  void setUp() throws Exception {
    SingleConnectionDataSource ds = new SingleConnectionDataSource(
        "jdbc:h2:mem:person-checks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    String sql = new ClassPathResource("db/migration/V1__case_file.sql").getContentAsString(StandardCharsets.UTF_8);
    for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    registry = new CaseRegistry(jdbc, Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC),
        new DataSourceTransactionManager(ds));
    checks = new PersonChecks(registry);
  }

  @Test
  void v12ASecondLiveCaseForTheSameIinOrPassportIsAConflict() {
    registry.open("DNR-2026-000001", "850315300128", "X1234567", "ASTANA");
    assertThatThrownBy(() -> checks.noOtherLiveCase("850315300128", "Y7654321", null))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.kind().status()).isEqualTo(409);
          assertThat(e.getMessage()).contains("DNR-2026-000001");
          assertThat(e.errors().get(0).field()).isEqualTo("iin");
        });
    assertThatThrownBy(() -> checks.noOtherLiveCase("921120401235", "X1234567", null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("passportNumber"));
    checks.noOtherLiveCase("850315300128", "X1234567", "DNR-2026-000001"); // its own case is no conflict
  }

  @Test
  void v12TheRegistryItselfRefusesASecondLiveCaseAndReleasesItWhenTheCaseEnds() {
    registry.open("DNR-2026-000001", "850315300128", "X1234567", "ASTANA");
    assertThatThrownBy(() -> registry.open("DNR-2026-000002", "850315300128", "Z1111111", "ALMATY"))
        .isInstanceOf(CaseRegistry.LiveCaseExists.class);
    registry.close("DNR-2026-000001", CaseOutcome.WITHDRAWN);
    registry.open("DNR-2026-000002", "850315300128", "Z1111111", "ALMATY");
    assertThat(registry.find("DNR-2026-000001").orElseThrow().outcome()).isEqualTo("WITHDRAWN");
  }

  @Test
  void v10ABarIsCheckedByIinAndByPassportAndSaysFromWhenANewApplicationIsPossible() {
    registry.recordBar("DNR-2026-000003", "B1", "850315300128", "X1234567", LocalDate.of(2026, 6, 10),
        LocalDate.of(2027, 6, 11));
    for (String[] person : new String[][] {{"850315300128", "N0000000"}, {"921120401235", "X1234567"}}) {
      assertThatThrownBy(() -> checks.noBar(person[0], person[1], LocalDate.of(2027, 6, 10)))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind().status()).isEqualTo(409);
            assertThat(e.getMessage()).contains("B1").contains("2027-06-11");
            assertThat(e.toProblem("/x").newApplicationPossibleFrom()).isEqualTo("2027-06-11");
          });
    }
    checks.noBar("850315300128", "X1234567", LocalDate.of(2027, 6, 11)); // the bar is over
  }

  @Test
  void caseNumbersRunPerYear() {
    assertThat(registry.nextCaseNumber(2026)).isEqualTo("DNR-2026-000001");
    assertThat(registry.nextCaseNumber(2026)).isEqualTo("DNR-2026-000002");
    assertThat(registry.nextCaseNumber(2027)).isEqualTo("DNR-2027-000001");
  }
}
