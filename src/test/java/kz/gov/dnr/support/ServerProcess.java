package kz.gov.dnr.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application started as an operator starts it: a JVM of its own with the build's JVM options
 * ({@code dnr.run.jvmArguments}), in a folder of its own (its {@code ./data}, its {@code server.log}), on a free
 * port.
 */
public final class ServerProcess {

  private final Process process;
  private final int port;
  private final long launchedNanos;
  private final Path folder;

  private ServerProcess(Process process, int port, long launchedNanos, Path folder) {
    this.process = process;
    this.port = port;
    this.launchedNanos = launchedNanos;
    this.folder = folder;
  }

  /** The build's JVM options for the run command (pom.xml, {@code dnr.run.jvmArguments}). */
  public static String jvmArguments() {
    String jvmArguments = System.getProperty("dnr.run.jvmArguments");
    assertThat(jvmArguments).as("dnr.run.jvmArguments from pom.xml").isNotBlank();
    return jvmArguments;
  }

  /** Starts {@code java <jvmArguments> <launch> --server.port=<free port> <arguments>} in {@code folder}. */
  public static ServerProcess start(String jvmArguments, List<String> launch, List<String> arguments, Path folder)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(Arrays.asList(jvmArguments.trim().split("\\s+")));
    command.addAll(launch);
    command.add("--server.port=" + port);
    command.addAll(arguments);
    Files.createDirectories(folder);
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile()));
    String arenas = System.getProperty("dnr.run.mallocArenaMax");
    if (arenas != null) {
      builder.environment().put("MALLOC_ARENA_MAX", arenas);
    }
    long launched = System.nanoTime();
    return new ServerProcess(builder.start(), port, launched, folder);
  }

  public Process process() {
    return process;
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  public Path log() {
    return folder.resolve("server.log");
  }

  /** Waits until Tasklist answers 200; returns the time from the JVM's launch. */
  public Duration awaitTasklist() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() - launchedNanos < Duration.ofSeconds(90).toNanos()) {
      assertThat(process.isAlive()).as("the server is running (%s)", log()).isTrue();
      try {
        if (http.send(tasklist, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - launchedNanos);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Tasklist did not answer within 90 s");
  }

  /** Stops the server as an operator does (SIGTERM, then SIGKILL after 20 s). */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Kills the server as a power cut or the out-of-memory killer would: SIGKILL, no shutdown of any kind. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Keeps the server's log under {@code target/failsafe-reports/<name>-server.log} for a failed build. */
  public void keepLog(String name) throws IOException {
    Files.createDirectories(Path.of("target", "failsafe-reports"));
    Files.copy(log(), Path.of("target", "failsafe-reports", name + "-server.log"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
