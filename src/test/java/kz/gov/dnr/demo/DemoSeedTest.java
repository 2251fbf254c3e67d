package kz.gov.dnr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data (issue: "seeded demo shows work for every group"): eight cases through the application's
 * own API on the first start, spread over the stages, never twice, and only in the demo profile. Runs with
 * the job executor on, as the demo does, in a JVM of its own.
 */
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"dnr.demo.seed=true",
    "camunda.bpm.job-execution.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class DemoSeedTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DemoSeed seed;

  int cases() {
    return jdbc.queryForObject("select count(*) from dnr_case", Integer.class);
  }

  @Test
  void theFirstStartSeedsWorkForEveryGroupAndASecondRunAddsNothing(CapturedOutput log) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (!(cases() == 8 && jdbc.queryForObject("select count(*) from dnr_case where outcome in ('GRANTED',"
        + " 'REFUSED_PRELIMINARY')", Integer.class) == 2
        && engine.getTaskService().createTaskQuery().processDefinitionKey("dnr-escalation").count() >= 1)) {
      assertThat(Instant.now()).as("seeding finished in time").isBefore(until);
      Thread.sleep(500);
    }
    for (String group : List.of("astana-hub", "mdai", "migration-service", "psc", "supervisors")) {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(group).count()).as(group).isPositive();
    }
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("migration-service").dueBefore(new Date()).count())
        .as("one overdue registration among " + engine.getTaskService().createTaskQuery().taskCandidateGroup("migration-service")
            .list().stream().map(t -> t.getTaskDefinitionKey() + " due " + t.getDueDate()).toList()
            + "; clock " + org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).isEqualTo(1);
    Map<String, Object> outcomes = jdbc.queryForMap("select sum(case when outcome = 'GRANTED' then 1 else 0 end) as granted,"
        + " sum(case when outcome = 'REFUSED_PRELIMINARY' then 1 else 0 end) as refused from dnr_case");
    assertThat(((Number) outcomes.get("granted")).intValue()).isEqualTo(1);
    assertThat(((Number) outcomes.get("refused")).intValue()).isEqualTo(1);

    seed.seedOnce();
    assertThat(cases()).as("never twice").isEqualTo(8);
    assertThat(log.getOut().lines().filter(line -> line.contains(" WARN ")))
        .as("a demo start warns of its demo signing key and the provisional calendar only, nothing a supervisor must look into")
        .allMatch(line -> line.contains("self-signed DEMO signing key") || line.contains("is provisional"));
  }

  @Test
  void onlyTheDemoProfileSeeds() throws Exception {
    for (String file : List.of("application.yaml", "application-postgres.yaml")) {
      for (PropertySource<?> p : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
        assertThat(p.getProperty("dnr.demo.seed")).as(file).isNull();
      }
    }
    boolean demoSeeds = false;
    for (PropertySource<?> p : new YamlPropertySourceLoader().load("demo", new ClassPathResource("application-demo.yaml"))) {
      demoSeeds |= Boolean.TRUE.equals(p.getProperty("dnr.demo.seed"));
    }
    assertThat(demoSeeds).isTrue();
  }
}
