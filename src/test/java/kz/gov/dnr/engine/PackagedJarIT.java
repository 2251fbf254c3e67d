package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's promises, measured on the packaged jar as a user starts it: the JVM options of the README
 * (the build's {@code dnr.run.jvmArguments}, also used by {@code ./mvnw spring-boot:run}) and a fresh database
 * in an empty folder. The resident memory must stay under 400 MiB through the first start's demo seeding, its
 * peak (the kernel's high-water mark of the process). The time from the JVM's start to Tasklist answering is
 * reported against the developers' bar of 15 s, and asserted only against twice that: on these virtual machines
 * the same build starts in 11 to 18.5 s from one hour to the next, so a 15 s assertion would fail builds for the
 * host's load, while a start of 30 s is a regression of ours. The figures go to {@code
 * target/benchmarks/run-command.md}; README "Run and test" quotes them. On failure the server's log is kept as
 * {@code target/failsafe-reports/PackagedJarIT-server.log}.
 */
class PackagedJarIT {

  static final Duration TASKLIST_BAR = Duration.ofSeconds(15);
  static final Duration TASKLIST_CEILING = TASKLIST_BAR.multipliedBy(2);
  static final long MEMORY_CEILING_KIB = 400 * 1024;
  static final Duration SEEDING_WITHIN = Duration.ofMinutes(4);
  static final String SEEDED = "Demo data: cases";
  static final String SEEDING_STOPPED = "Demo data: seeding stopped";

  @Test
  void theRunCommandStaysUnder400MiBAndServesTasklistInTime(@TempDir Path folder) throws Exception {
    Path jar = Path.of("target", "dnr-workflow.jar");
    assumeThat(jar).as("the packaged jar (mvn package)").exists();
    assumeThat(Path.of("/proc/self/status")).as("Linux /proc for the resident memory").exists();
    String jvmArguments = System.getProperty("dnr.run.jvmArguments");
    assertThat(jvmArguments).as("dnr.run.jvmArguments from pom.xml").isNotBlank();
    Files.copy(jar, folder.resolve("dnr-workflow.jar"));
    int port = freePort();

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(Arrays.asList(jvmArguments.trim().split("\\s+")));
    command.addAll(List.of("-jar", "dnr-workflow.jar", "--server.port=" + port));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile());
    builder.environment().put("MALLOC_ARENA_MAX", System.getProperty("dnr.run.mallocArenaMax"));

    long start = System.nanoTime();
    Process server = builder.start();
    try {
      Duration tasklist = untilTasklistAnswers(server, port, start);
      String log = untilSeeded(server, folder.resolve("server.log"));
      long peakKib = kib(server.pid(), "VmHWM");
      long nowKib = kib(server.pid(), "VmRSS");
      String report = String.format("""
          | the run command (packaged jar, fresh database, demo profile) | measured | bar |
          |---|---:|---:|
          | JVM start to Tasklist answering | %.1f s | 15 s (%s) |
          | peak resident memory, first start with demo seeding | %d MiB | 400 MiB |
          | resident memory after seeding | %d MiB | |

          JVM options: `%s`, MALLOC_ARENA_MAX=%s.
          """, tasklist.toMillis() / 1000.0, tasklist.compareTo(TASKLIST_BAR) < 0 ? "met" : "missed",
          peakKib / 1024, nowKib / 1024, jvmArguments.trim(),
          builder.environment().get("MALLOC_ARENA_MAX"));
      Files.createDirectories(Path.of("target", "benchmarks"));
      Files.writeString(Path.of("target", "benchmarks", "run-command.md"), report);
      System.out.println("Run command:\n" + report);

      assertThat(log).as("the demo seeding (server.log)").doesNotContain(SEEDING_STOPPED);
      assertThat(tasklist).as("JVM start to Tasklist answering (ceiling: twice the bar)").isLessThan(TASKLIST_CEILING);
      assertThat(peakKib).as("peak resident memory, KiB").isLessThan(MEMORY_CEILING_KIB);
    } catch (Throwable failure) {
      Files.createDirectories(Path.of("target", "failsafe-reports"));
      Files.copy(folder.resolve("server.log"), Path.of("target", "failsafe-reports", "PackagedJarIT-server.log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      throw failure;
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  private static Duration untilTasklistAnswers(Process server, int port, long start) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() - start < Duration.ofSeconds(90).toNanos()) {
      assertThat(server.isAlive()).as("the server is running").isTrue();
      try {
        if (http.send(tasklist, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Tasklist did not answer within 90 s");
  }

  private static String untilSeeded(Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + SEEDING_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive()).as("the server is running").isTrue();
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      if (text.contains(SEEDED) || text.contains(SEEDING_STOPPED)) {
        return text;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The demo seeding did not end within " + SEEDING_WITHIN);
  }

  /** A field of /proc/{pid}/status in KiB: VmRSS now, VmHWM the peak so far. */
  private static long kib(long pid, String field) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst().orElseThrow(() -> new IllegalStateException(field + " missing in /proc status"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
