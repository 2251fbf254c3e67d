package kz.gov.dnr.gates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate: every flow node and every sequence flow of every process in {@code processes/} was
 * passed by at least one test of this build. It reads the process-test-coverage reports that the
 * engine tests (surefire) and the browser tests (failsafe) wrote under
 * {@code target/process-test-coverage/}, so it runs last, in the failsafe execution {@code gates}.
 * Reports older than this build are ignored, so a deleted test cannot leave its coverage behind.
 */
class ProcessCoverageGate {

  static final Path PROCESSES = Path.of("processes");
  static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFlowNodeAndSequenceFlowOfEveryProcessIsCoveredByATest() throws IOException {
    Map<String, Set<String>> elements = modelElements();
    assertThat(elements).as("processes in %s", PROCESSES).isNotEmpty();

    Map<String, Set<String>> covered = new TreeMap<>();
    Map<String, Integer> reportedTotals = new TreeMap<>();
    List<Path> reports = reportsOfThisBuild();
    assertThat(reports).as("coverage reports of this build under %s: run the whole suite (./mvnw verify)", REPORTS)
        .isNotEmpty();
    for (Path report : reports) {
      JsonNode root = JSON.readTree(report.toFile());
      root.path("models").forEach(m -> reportedTotals.put(m.get("key").asText(), m.get("totalElementCount").asInt()));
      for (JsonNode suite : root.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                .add(event.get("definitionKey").asText());
          }
        }
      }
    }

    Map<String, Set<String>> missing = new TreeMap<>();
    elements.forEach((process, ids) -> {
      if (reportedTotals.containsKey(process)) {
        assertThat(ids).as("elements of %s counted as the coverage tool counts them", process)
            .hasSize(reportedTotals.get(process));
      }
      Set<String> left = new TreeSet<>(ids);
      left.removeAll(covered.getOrDefault(process, Set.of()));
      if (!left.isEmpty()) {
        missing.put(process, left);
      }
    });
    assertThat(missing).as("flow nodes and sequence flows no test passes (%d reports read)", reports.size())
        .isEmpty();
  }

  /** Per process key: the ids of its flow nodes and sequence flows, sub-processes included. */
  static Map<String, Set<String>> modelElements() throws IOException {
    Map<String, Set<String>> elements = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<FlowElement> flowElements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        flowElements.addAll(model.getModelElementsByType(SequenceFlow.class));
        for (FlowElement e : flowElements) {
          elements.computeIfAbsent(processOf(e).getId(), k -> new TreeSet<>()).add(e.getId());
        }
      }
    }
    return elements;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (!(e instanceof Process)) {
      e = e.getParentElement();
    }
    return (Process) e;
  }

  static List<Path> reportsOfThisBuild() throws IOException {
    if (!Files.isDirectory(REPORTS)) {
      return List.of();
    }
    Instant started = buildStarted();
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(REPORTS)) {
      for (Path p : walk.filter(f -> f.getFileName().toString().equals("report.json")).sorted().toList()) {
        if (!Files.getLastModifiedTime(p).toInstant().isBefore(started)) {
          reports.add(p);
        }
      }
    }
    return reports;
  }

  /** When Maven started this build (set by the pom); without it, every report counts. */
  static Instant buildStarted() {
    String started = System.getProperty("dnr.build.started", "");
    return started.isBlank() || started.startsWith("$") ? Instant.EPOCH : Instant.parse(started);
  }
}
