package kz.gov.dnr.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * The journey a finished case took, rebuilt with the same wait states and empty delegates: the engine's own
 * cost of that journey. From the case's history, per process it passed, in the order it passed them: every
 * user task (same candidate group, same boundary timers), every service task as an empty expression with the
 * same async continuations, every call activity (same business key and variable mappings), every wait for a
 * message (with the timers that raced it), every embedded sub-process. What is left out is exactly our code:
 * delegates, task listeners, due-date expressions, form data.
 */
final class JourneySkeleton {

  static final String PREFIX = "skeleton-";
  private static final String FAR = "P365D";

  private final ProcessEngine engine;
  private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();

  private JourneySkeleton(ProcessEngine engine) {
    this.engine = engine;
  }

  /** One skeleton model per process key the case passed, the root {@code dnr-case} first. */
  static Map<String, BpmnModelInstance> of(ProcessEngine engine, String caseNumber) {
    JourneySkeleton skeleton = new JourneySkeleton(engine);
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).orderByProcessInstanceStartTime().asc().list();
    for (HistoricProcessInstance pi : instances) {
      skeleton.models.computeIfAbsent(pi.getProcessDefinitionKey(), key -> skeleton.build(pi));
    }
    return skeleton.models;
  }

  private BpmnModelInstance build(HistoricProcessInstance pi) {
    BpmnModelInstance real = engine.getRepositoryService().getBpmnModelInstance(pi.getProcessDefinitionId());
    List<HistoricActivityInstance> passed = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    AbstractFlowNodeBuilder<?, ?> start = Bpmn.createExecutableProcess(PREFIX + pi.getProcessDefinitionKey())
        .camundaHistoryTimeToLive(1).startEvent();
    AbstractFlowNodeBuilder<?, ?> end = sequence(start, real, passed, pi.getId());
    BpmnModelInstance model = end.endEvent().done();
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      CamundaIn in = model.newInstance(CamundaIn.class);
      in.setCamundaVariables("all");
      CamundaOut out = model.newInstance(CamundaOut.class);
      out.setCamundaVariables("all");
      call.getExtensionElements().addChildElement(in);
      call.getExtensionElements().addChildElement(out);
    }
    return model;
  }

  /** The activities whose parent is {@code parentId}, in order, appended to {@code b}. */
  private AbstractFlowNodeBuilder<?, ?> sequence(AbstractFlowNodeBuilder<?, ?> b, BpmnModelInstance real,
      List<HistoricActivityInstance> passed, String parentId) {
    String pendingGateway = null;
    for (HistoricActivityInstance a : passed) {
      if (!parentId.equals(a.getParentActivityInstanceId())) {
        continue;
      }
      FlowNode node = real.getModelElementById(a.getActivityId());
      String id = a.getActivityId();
      switch (a.getActivityType()) {
        case "userTask" -> {
          b = b.userTask(id).camundaCandidateGroups(((UserTask) node).getCamundaCandidateGroups());
          b = timers(b, real, node);
        }
        case "serviceTask", "sendTask", "scriptTask", "businessRuleTask" -> b = b.serviceTask(id).camundaExpression("${null}");
        case "callActivity" -> b = timers(b.callActivity(id)
            .calledElement(PREFIX + ((CallActivity) node).getCalledElement())
            .camundaInBusinessKey("#{execution.processBusinessKey}"), real, node);
        case "receiveTask" -> b = timers(b.receiveTask(id)
            .message(PREFIX + ((ReceiveTask) node).getMessage().getName()), real, node);
        case "eventBasedGateway" -> {
          b = b.eventBasedGateway().id(id);
          pendingGateway = id;
        }
        case "intermediateMessageCatch" -> {
          String message = ((CatchEvent) node).getEventDefinitions().stream()
              .filter(MessageEventDefinition.class::isInstance).map(d -> ((MessageEventDefinition) d).getMessage().getName())
              .findFirst().orElseThrow();
          b = b.intermediateCatchEvent(id).message(PREFIX + message);
          if (pendingGateway != null) {
            // the timer that raced the message in the real model
            b = b.moveToNode(pendingGateway).intermediateCatchEvent(id + "_Timer").timerWithDuration(FAR).endEvent()
                .moveToNode(id);
            pendingGateway = null;
          }
        }
        case "subProcess" -> {
          SubProcessBuilder sub = b.subProcess(id);
          AbstractFlowNodeBuilder<?, ?> inner = sequence(sub.embeddedSubProcess().startEvent(), real, passed, a.getId());
          inner.endEvent();
          b = timers(sub, real, node);
        }
        default -> {
          // gateways, start and end events: no wait state, no cost worth modelling
        }
      }
      if (node instanceof Activity activity) {
        b = b.camundaAsyncBefore(activity.isCamundaAsyncBefore()).camundaAsyncAfter(activity.isCamundaAsyncAfter());
      }
    }
    return b;
  }

  /** The real element's boundary events, as timers that do not fire during the journey. */
  private static AbstractFlowNodeBuilder<?, ?> timers(AbstractFlowNodeBuilder<?, ?> b, BpmnModelInstance real, FlowNode node) {
    Collection<BoundaryEvent> boundaries = real.getModelElementsByType(BoundaryEvent.class);
    List<BoundaryEvent> attached = new ArrayList<>();
    boundaries.stream().filter(e -> e.getAttachedTo() == node).forEach(attached::add);
    for (BoundaryEvent e : attached) {
      if (e.getEventDefinitions().stream().noneMatch(d -> d instanceof org.camunda.bpm.model.bpmn.instance.TimerEventDefinition)) {
        continue;
      }
      b = ((AbstractActivityBuilder<?, ?>) b).boundaryEvent(e.getId()).cancelActivity(e.cancelActivity())
          .timerWithDuration(FAR).endEvent().<AbstractActivityBuilder<?, ?>>moveToActivity(node.getId());
    }
    return b;
  }
}
