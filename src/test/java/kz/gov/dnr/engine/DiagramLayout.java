package kz.gov.dnr.engine;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What makes a diagram readable in Modeler and Cockpit, measured on its coordinates (DEVELOPERS.md: "diagram layout
 * that reads left to right without crossing lines"): every element drawn, every line attached to the shapes it
 * joins, no two lines crossing, no line through a shape it does not join, no shapes on top of each other (but a
 * boundary event on its task and the steps inside their sub-process), labels clear of shapes, lines and each other
 * (a label's bounds are where Modeler draws its text), and every line going right or down, except one that goes
 * back to an earlier step to do it again (a loop). Each problem is one line naming the elements.
 */
final class DiagramLayout {

  /** How far from a shape's border a line's end may lie (Modeler puts it on the border; circles inside their box). */
  static final double ATTACHED = 3;

  record Box(double x, double y, double w, double h) {
    double centerX() {
      return x + w / 2;
    }

    boolean near(double[] p, double tolerance) {
      return p[0] >= x - tolerance && p[0] <= x + w + tolerance && p[1] >= y - tolerance && p[1] <= y + h + tolerance;
    }

    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean inside(Box o) {
      return x >= o.x && y >= o.y && x + w <= o.x + o.w && y + h <= o.y + o.h;
    }

    Box shrunk(double by) {
      return new Box(x + by, y + by, w - 2 * by, h - 2 * by);
    }

    /** Whether the segment a-b passes through the inside of this box (its border shrunk by one pixel). */
    boolean crossedBy(double[] a, double[] b) {
      double x0 = x + 1, y0 = y + 1, x1 = x + w - 1, y1 = y + h - 1;
      double t0 = 0, t1 = 1, dx = b[0] - a[0], dy = b[1] - a[1];
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {a[0] - x0, x1 - a[0], a[1] - y0, y1 - a[1]};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return false;
          }
        } else {
          double r = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, r);
          } else {
            t1 = Math.min(t1, r);
          }
        }
      }
      return t0 < t1;
    }
  }

  private DiagramLayout() {
  }

  static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Map<String, Box> shapes = new HashMap<>();
    for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(s.getBpmnElement().getId(), box(s.getBounds()));
    }
    Map<String, Box> labels = new LinkedHashMap<>();
    for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
      if (s.getBpmnLabel() != null && s.getBpmnLabel().getBounds() != null) {
        labels.put(s.getBpmnElement().getId(), box(s.getBpmnLabel().getBounds()));
      }
    }
    for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
      if (e.getBpmnLabel() != null && e.getBpmnLabel().getBounds() != null) {
        labels.put(e.getBpmnElement().getId(), box(e.getBpmnLabel().getBounds()));
      }
    }
    Map<String, List<double[]>> edges = new HashMap<>();
    for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
      edges.put(e.getBpmnElement().getId(), e.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toList());
    }
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    Map<String, SequenceFlow> flows = new LinkedHashMap<>();
    model.getModelElementsByType(SequenceFlow.class).forEach(f -> flows.put(f.getId(), f));

    for (FlowNode n : nodes) {
      if (!shapes.containsKey(n.getId())) {
        problems.add(n.getId() + " is not drawn");
      }
    }
    for (SequenceFlow f : flows.values()) {
      List<double[]> line = edges.get(f.getId());
      if (line == null || line.size() < 2) {
        problems.add(f.getId() + " is not drawn");
        continue;
      }
      Box from = shapes.get(f.getSource().getId());
      Box to = shapes.get(f.getTarget().getId());
      if (from != null && !from.near(line.get(0), ATTACHED)) {
        problems.add(f.getId() + " does not start at " + f.getSource().getId());
      }
      if (to != null && !to.near(line.get(line.size() - 1), ATTACHED)) {
        problems.add(f.getId() + " does not end at " + f.getTarget().getId());
      }
    }

    // No two lines cross.
    List<String> drawn = flows.keySet().stream().filter(id -> edges.containsKey(id) && edges.get(id).size() >= 2).toList();
    for (int i = 0; i < drawn.size(); i++) {
      for (int j = i + 1; j < drawn.size(); j++) {
        if (cross(edges.get(drawn.get(i)), edges.get(drawn.get(j)))) {
          problems.add(drawn.get(i) + " crosses " + drawn.get(j));
        }
      }
    }

    // No line through a shape it does not join.
    for (String id : drawn) {
      SequenceFlow f = flows.get(id);
      Set<String> own = new HashSet<>();
      own.addAll(enclosing(f.getSource()));
      own.addAll(enclosing(f.getTarget()));
      List<double[]> line = edges.get(id);
      for (Map.Entry<String, Box> s : shapes.entrySet()) {
        if (own.contains(s.getKey()) || !(model.getModelElementById(s.getKey()) instanceof FlowNode)) {
          continue;
        }
        for (int k = 0; k + 1 < line.size(); k++) {
          if (s.getValue().crossedBy(line.get(k), line.get(k + 1))) {
            problems.add(id + " runs through " + s.getKey());
            break;
          }
        }
      }
    }

    // No shapes on top of each other, but a boundary event on its host and a step inside its sub-process.
    List<FlowNode> drawnNodes = nodes.stream().filter(n -> shapes.containsKey(n.getId())).toList();
    for (int i = 0; i < drawnNodes.size(); i++) {
      for (int j = i + 1; j < drawnNodes.size(); j++) {
        FlowNode a = drawnNodes.get(i);
        FlowNode b = drawnNodes.get(j);
        if (shapes.get(a.getId()).overlaps(shapes.get(b.getId())) && !enclosing(a).contains(b.getId())
            && !enclosing(b).contains(a.getId())) {
          problems.add(a.getId() + " and " + b.getId() + " are drawn on top of each other");
        }
      }
    }

    // Labels: on no shape, no other label, no line, and not across a sub-process's border.
    List<String> labelled = new ArrayList<>(labels.keySet());
    for (int i = 0; i < labelled.size(); i++) {
      String id = labelled.get(i);
      Box label = labels.get(id);
      for (FlowNode n : drawnNodes) {
        Box shape = shapes.get(n.getId());
        if (n instanceof SubProcess) {
          if (label.overlaps(shape) && !label.inside(shape)) {
            problems.add("the label of " + id + " lies across the border of " + n.getId());
          }
        } else if (label.shrunk(1).overlaps(shape)) {
          problems.add("the label of " + id + " covers " + n.getId());
        }
      }
      for (int j = i + 1; j < labelled.size(); j++) {
        if (label.overlaps(labels.get(labelled.get(j)))) {
          problems.add("the labels of " + id + " and " + labelled.get(j) + " overlap");
        }
      }
      for (String flow : drawn) {
        List<double[]> line = edges.get(flow);
        for (int k = 0; k + 1 < line.size(); k++) {
          if (label.crossedBy(line.get(k), line.get(k + 1))) {
            problems.add(flow + " runs through the label of " + id);
            break;
          }
        }
      }
    }

    // Left to right: a line going left must be a loop back to a step that leads to where it starts.
    Map<String, Set<String>> next = successors(nodes, flows.values());
    for (SequenceFlow f : flows.values()) {
      Box from = shapes.get(f.getSource().getId());
      Box to = shapes.get(f.getTarget().getId());
      if (from != null && to != null && to.centerX() < from.centerX() - 1
          && !reaches(next, f.getTarget().getId(), f.getSource().getId())) {
        problems.add(f.getId() + " goes right to left without being a loop back");
      }
    }
    return problems;
  }

  private static Box box(Bounds b) {
    return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
  }

  /** The node itself, the task a boundary event sits on, and the sub-processes around it. */
  private static Set<String> enclosing(FlowNode node) {
    Set<String> ids = new HashSet<>();
    ids.add(node.getId());
    if (node instanceof BoundaryEvent b) {
      ids.add(b.getAttachedTo().getId());
      ids.addAll(enclosing(b.getAttachedTo()));
    }
    for (ModelElementInstance p = node.getParentElement(); p != null; p = p.getParentElement()) {
      if (p instanceof SubProcess s) {
        ids.add(s.getId());
      }
    }
    return ids;
  }

  /** Where the case can go from each node: its lines, its boundary events, into and out of a sub-process. */
  private static Map<String, Set<String>> successors(Collection<FlowNode> nodes, Collection<SequenceFlow> flows) {
    Map<String, Set<String>> next = new HashMap<>();
    for (SequenceFlow f : flows) {
      next.computeIfAbsent(f.getSource().getId(), k -> new HashSet<>()).add(f.getTarget().getId());
    }
    for (FlowNode n : nodes) {
      if (n instanceof BoundaryEvent b) {
        next.computeIfAbsent(b.getAttachedTo().getId(), k -> new HashSet<>()).add(b.getId());
      }
      if (n.getParentElement() instanceof SubProcess s) {
        if (n instanceof StartEvent) {
          next.computeIfAbsent(s.getId(), k -> new HashSet<>()).add(n.getId());
        }
        if (n instanceof EndEvent) {
          next.computeIfAbsent(n.getId(), k -> new HashSet<>()).add(s.getId());
        }
      }
    }
    return next;
  }

  private static boolean reaches(Map<String, Set<String>> next, String from, String to) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (n.equals(to)) {
        return true;
      }
      if (seen.add(n)) {
        todo.addAll(next.getOrDefault(n, Set.of()));
      }
    }
    return false;
  }

  private static boolean cross(List<double[]> a, List<double[]> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (properlyIntersect(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two segments cross at one point inside both (lines that merge or touch at an end do not cross). */
  private static boolean properlyIntersect(double[] p1, double[] p2, double[] p3, double[] p4) {
    return side(p1, p2, p3) * side(p1, p2, p4) < 0 && side(p3, p4, p1) * side(p3, p4, p2) < 0;
  }

  private static int side(double[] a, double[] b, double[] c) {
    return (int) Math.signum((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  }

  /** For the tests that prove the checks can fail: the drawn line of a flow, to move its points. */
  static List<Waypoint> waypoints(BpmnModelInstance model, String flowId) {
    return model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement().getId().equals(flowId)).findFirst().orElseThrow()
        .getWaypoints().stream().toList();
  }

  static Bounds bounds(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement().getId().equals(elementId)).findFirst().orElseThrow().getBounds();
  }
}
