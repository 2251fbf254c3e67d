package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The diagrams analysts edit in Modeler and supervisors read in Cockpit read left to right without crossing lines
 * (DEVELOPERS.md), checked on every model's coordinates ({@link DiagramLayout}); and, on a copy of a model moved
 * about as a careless edit would, that each check does find what it looks for.
 */
class DiagramLayoutTest {

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyModelReadsLeftToRightWithoutCrossingLines(Path file) {
    assertThat(DiagramLayout.problems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  static BpmnModelInstance petition() {
    return Bpmn.readModelFromFile(Path.of("processes", "dnr-petition.bpmn").toFile());
  }

  /** A flow drawn as one straight horizontal line of at least 30 px, and the line itself. */
  static SequenceFlow straightFlow(BpmnModelInstance m) {
    return m.getModelElementsByType(SequenceFlow.class).stream().filter(f -> {
      List<Waypoint> w = DiagramLayout.waypoints(m, f.getId());
      return w.size() == 2 && w.get(0).getY().equals(w.get(1).getY()) && w.get(1).getX() - w.get(0).getX() >= 30;
    }).findFirst().orElseThrow();
  }

  @Test
  void aShapeDraggedAwayFromItsLinesIsFound() {
    BpmnModelInstance m = petition();
    SequenceFlow f = straightFlow(m);
    Bounds b = DiagramLayout.bounds(m, f.getTarget().getId());
    b.setY(b.getY() + 400);
    assertThat(DiagramLayout.problems(m)).contains(f.getId() + " does not end at " + f.getTarget().getId());
  }

  @Test
  void aLineDrawnAcrossAnotherIsFound() {
    BpmnModelInstance m = petition();
    SequenceFlow a = straightFlow(m);
    List<Waypoint> line = DiagramLayout.waypoints(m, a.getId());
    double midX = (line.get(0).getX() + line.get(1).getX()) / 2;
    double y = line.get(0).getY();
    SequenceFlow b = m.getModelElementsByType(SequenceFlow.class).stream()
        .filter(f -> f != a && f.getSource() != a.getSource() && f.getTarget() != a.getTarget()
            && f.getSource() != a.getTarget() && f.getTarget() != a.getSource())
        .findFirst().orElseThrow();
    // B makes a detour straight down through A's middle and comes back.
    BpmnEdge edge = edge(m, b.getId());
    List<Waypoint> old = new ArrayList<>(edge.getWaypoints());
    edge.getWaypoints().clear();
    edge.getWaypoints().add(old.get(0));
    edge.getWaypoints().add(point(m, midX, y - 50));
    edge.getWaypoints().add(point(m, midX, y + 50));
    for (int i = 1; i < old.size(); i++) {
      edge.getWaypoints().add(old.get(i));
    }
    assertThat(DiagramLayout.problems(m)).anyMatch(p -> p.equals(b.getId() + " crosses " + a.getId())
        || p.equals(a.getId() + " crosses " + b.getId()));
  }

  @Test
  void aShapePutOnALineItDoesNotJoinIsFound() {
    BpmnModelInstance m = petition();
    SequenceFlow a = straightFlow(m);
    List<Waypoint> line = DiagramLayout.waypoints(m, a.getId());
    FlowNode other = m.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> n != a.getSource() && n != a.getTarget() && n instanceof org.camunda.bpm.model.bpmn.instance.Task)
        .findFirst().orElseThrow();
    Bounds b = DiagramLayout.bounds(m, other.getId());
    b.setX((line.get(0).getX() + line.get(1).getX()) / 2 - b.getWidth() / 2);
    b.setY(line.get(0).getY() - b.getHeight() / 2);
    assertThat(DiagramLayout.problems(m)).contains(a.getId() + " runs through " + other.getId());
  }

  @Test
  void aStepDrawnLeftOfTheStepBeforeItIsFoundButALoopBackIsNot() {
    BpmnModelInstance m = petition();
    SequenceFlow f = straightFlow(m);
    Bounds from = DiagramLayout.bounds(m, f.getSource().getId());
    Bounds to = DiagramLayout.bounds(m, f.getTarget().getId());
    to.setX(from.getX() - to.getWidth() - 300);
    to.setY(from.getY() + 600);
    assertThat(DiagramLayout.problems(m)).contains(f.getId() + " goes right to left without being a loop back");

    BpmnModelInstance prp = Bpmn.readModelFromFile(Path.of("processes", "dnr-preliminary-approval.bpmn").toFile());
    assertThat(DiagramLayout.bounds(prp, "Gateway_ToConsideration").getX())
        .as("the resubmission goes back left to the consideration, as a loop")
        .isLessThan(DiagramLayout.bounds(prp, "Event_Resubmitted").getX());
    assertThat(DiagramLayout.problems(prp)).isEmpty();
  }

  @Test
  void aLabelDraggedOntoATaskOrALineIsFound() {
    BpmnModelInstance m = petition();
    Bounds label = m.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement().getId().equals("Gateway_ScreeningDecision")).findFirst().orElseThrow()
        .getBpmnLabel().getBounds();
    Bounds task = DiagramLayout.bounds(m, "Task_ScreenApplication");
    label.setX(task.getX() + 10);
    label.setY(task.getY() + 10);
    assertThat(DiagramLayout.problems(m)).contains("the label of Gateway_ScreeningDecision covers Task_ScreenApplication");

    SequenceFlow f = straightFlow(m);
    List<Waypoint> line = DiagramLayout.waypoints(m, f.getId());
    label.setX((line.get(0).getX() + line.get(1).getX()) / 2 - label.getWidth() / 2);
    label.setY(line.get(0).getY() - label.getHeight() / 2);
    assertThat(DiagramLayout.problems(m)).contains(f.getId() + " runs through the label of Gateway_ScreeningDecision");
  }

  @Test
  void anElementWithoutAShapeIsFound() {
    BpmnModelInstance m = petition();
    BpmnShape shape = m.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement().getId().equals("Task_ScreenApplication")).findFirst().orElseThrow();
    shape.getParentElement().removeChildElement(shape);
    assertThat(DiagramLayout.problems(m)).contains("Task_ScreenApplication is not drawn");
  }

  static BpmnEdge edge(BpmnModelInstance m, String flowId) {
    return m.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement().getId().equals(flowId))
        .findFirst().orElseThrow();
  }

  static Waypoint point(BpmnModelInstance m, double x, double y) {
    Waypoint w = m.newInstance(Waypoint.class);
    w.setX(x);
    w.setY(y);
    return w;
  }
}
