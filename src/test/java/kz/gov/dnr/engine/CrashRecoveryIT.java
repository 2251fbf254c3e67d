package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.dnr.petition.PetitionModel;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import kz.gov.dnr.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost on a crash: the server is killed (SIGKILL, as by a power cut of the process or the
 * out-of-memory killer) while the Astana Hub portal files applications from four connections, and started again on
 * the same database: PostgreSQL as in production, and the embedded H2 file database of the run command. The
 * portal then does what CONTRACT.md tells it to: it repeats every request it got no answer to, with the same
 * {@code Idempotency-Key}.
 *
 * <p>Every application answered before the crash is still there under the case number it was given, with all its
 * documents; a request that was in flight either committed whole (its repetition gets the first answer back) or
 * not at all (its repetition creates the case); no applicant ends up with two cases or none; and the pre-checks,
 * asynchronous jobs of the engine, run after the restart for every case, which reaches the screening task in
 * Astana Hub's Tasklist (the jobs the killed server had acquired once their lock has expired). On H2 this holds
 * because of {@link H2Durability}: without it the last half second of commits was lost (README, "Nothing is lost
 * on a crash").
 */
class CrashRecoveryIT {

  static final Path JAR = Path.of("target", "dnr-workflow.jar").toAbsolutePath();
  static final int APPLICANTS = 40;
  static final int ANSWERED_BEFORE_THE_CRASH = 12;
  static final int PORTAL_CONNECTIONS = 4;
  static final Duration JOB_LOCK = Duration.ofSeconds(20);

  /** One applicant's application as the portal keeps it until it has an answer. */
  static final class Filing {
    final String key = "crash-" + UUID.randomUUID();
    final Map<String, Object> application = Fixtures.application(Fixtures.iin(), Fixtures.passport());
    final Map<String, Http.Upload> documents = Fixtures.petitionDocuments();
    volatile String answeredCase;
    volatile String refusal;
  }

  @Test
  void onPostgresqlAServerKilledMidLoadLosesNoAnsweredApplicationAndResumesEveryCase(@TempDir Path folder)
      throws Exception {
    assumeThat(JAR).as("the packaged jar (mvn package)").exists();
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
      crashAndRecover("postgresql", folder, List.of("--spring.profiles.active=demo,postgres",
          "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
    }
  }

  @Test
  void onTheEmbeddedH2AServerKilledMidLoadLosesNoAnsweredApplicationAndResumesEveryCase(@TempDir Path folder)
      throws Exception {
    assumeThat(JAR).as("the packaged jar (mvn package)").exists();
    // the run command's database: an H2 file under the server's ./data
    crashAndRecover("h2", folder, List.of("--spring.profiles.active=demo"));
  }

  private static void crashAndRecover(String name, Path folder, List<String> database) throws Exception {
    List<Filing> filings = new ArrayList<>();
    for (int i = 0; i < APPLICANTS; i++) {
      filings.add(new Filing());
    }
    List<String> settings = new ArrayList<>(database);
    settings.add("--dnr.demo.seed=false");
    // The jobs a killed node had acquired stay locked for it until their lock expires (5 minutes by default);
    // 20 seconds here, so that the test sees them resume without waiting as long.
    settings.add("--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK.toMillis());

    ServerProcess first = ServerProcess.start(ServerProcess.jvmArguments(), List.of("-jar", JAR.toString()),
        settings, folder);
    int answeredBeforeTheCrash;
    try {
      first.awaitTasklist();
      answeredBeforeTheCrash = fileUntilKilled(first, filings);
    } catch (Throwable failure) {
      first.keepLog("CrashRecoveryIT-" + name);
      throw failure;
    } finally {
      first.kill();
    }
    assertThat(filings).as("answers other than 201 before the crash").allMatch(f -> f.refusal == null,
        "no refusal");
    assertThat(answeredBeforeTheCrash).as("applications answered before the crash")
        .isGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_CRASH).isLessThan(APPLICANTS);

    ServerProcess second = ServerProcess.start(ServerProcess.jvmArguments(), List.of("-jar", JAR.toString()),
        settings, folder);
    try {
      second.awaitTasklist();
      Http portal = new Http(second.port());
      Set<String> cases = new HashSet<>();
      int replayedUnanswered = 0;
      for (Filing f : filings) {
        Http.Response again = portal.postMultipart("/api/v1/petition-applications", "astanahub-portal",
            f.application, f.documents, Map.of("Idempotency-Key", f.key));
        assertThat(again.status()).as("the repeated request %s: %s", f.key, again.body()).isEqualTo(201);
        String caseNumber = again.json().get("caseNumber").asText();
        if (f.answeredCase != null) {
          assertThat(caseNumber).as("an application answered before the crash keeps its case number")
              .isEqualTo(f.answeredCase);
          assertThat(again.header("Idempotent-Replayed")).as("and is not filed twice").isEqualTo("true");
        }
        if (f.answeredCase == null && "true".equals(again.header("Idempotent-Replayed"))) {
          replayedUnanswered++; // committed before the crash, its answer lost with the connection
        }
        assertThat(cases.add(caseNumber)).as("case %s is given to one applicant only", caseNumber).isTrue();
        List<String> uploads = new ArrayList<>();
        portal.get("/api/v1/cases/" + caseNumber + "/documents", "supervisor").json().forEach(d -> {
          if ("UPLOADED".equals(d.path("source").asText())) {
            uploads.add(d.path("sha256").asText());
          }
        });
        assertThat(uploads).as("the uploaded documents of %s, byte for byte", caseNumber)
            .containsExactlyInAnyOrderElementsOf(f.documents.values().stream()
                .map(u -> Fixtures.sha256(u.bytes())).toList());
      }
      assertThat(portal.get("/engine-rest/history/process-instance/count?processDefinitionKey=dnr-case",
          "supervisor").json().get("count").asInt()).as("one case process per applicant").isEqualTo(APPLICANTS);
      System.out.printf("Crash recovery (%s): %d of %d applications answered before the kill; of the others %d had"
          + " committed (answered again from the idempotency record), %d were filed anew%n", name,
          answeredBeforeTheCrash, APPLICANTS, replayedUnanswered,
          APPLICANTS - answeredBeforeTheCrash - replayedUnanswered);
      assertThat(awaitScreeningTasks(portal)).as("cases whose pre-checks ran after the restart, now in screening")
          .isEqualTo(APPLICANTS);
    } catch (Throwable failure) {
      second.keepLog("CrashRecoveryIT-" + name);
      throw failure;
    } finally {
      second.stop();
    }
  }

  /**
   * Files the applications from several connections and kills the server once enough were answered, while
   * others are in flight. Returns how many were answered.
   */
  private static int fileUntilKilled(ServerProcess server, List<Filing> filings) throws Exception {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService portal = Executors.newFixedThreadPool(PORTAL_CONNECTIONS);
    for (int c = 0; c < PORTAL_CONNECTIONS; c++) {
      portal.submit(() -> {
        Http http = new Http(server.port());
        for (int i = next.getAndIncrement(); i < filings.size(); i = next.getAndIncrement()) {
          Filing f = filings.get(i);
          try {
            Http.Response r = http.postMultipart("/api/v1/petition-applications", "astanahub-portal", f.application,
                f.documents, Map.of("Idempotency-Key", f.key));
            if (r.status() == 201) {
              f.answeredCase = r.json().get("caseNumber").asText();
              answered.incrementAndGet();
            } else {
              f.refusal = r.status() + " " + r.body();
            }
          } catch (RuntimeException connectionLost) {
            return; // the server is gone: this connection stops, its filing is repeated after the restart
          }
        }
      });
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (answered.get() < ANSWERED_BEFORE_THE_CRASH && Instant.now().isBefore(until)) {
      Thread.sleep(5);
    }
    server.kill();
    portal.shutdown();
    assertThat(portal.awaitTermination(1, TimeUnit.MINUTES)).as("the portal's connections end").isTrue();
    return answered.get();
  }

  private static int awaitScreeningTasks(Http http) throws InterruptedException {
    String count = "/engine-rest/task/count?processDefinitionKey=" + PetitionModel.PROCESS + "&taskDefinitionKey="
        + PetitionModel.TASK_SCREEN;
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    int n = 0;
    while (Instant.now().isBefore(until)) {
      n = http.get(count, "hub").json().get("count").asInt();
      if (n >= APPLICANTS) {
        return n;
      }
      Thread.sleep(500);
    }
    return n;
  }
}
