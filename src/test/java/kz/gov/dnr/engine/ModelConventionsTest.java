package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** The conventions every model keeps (DEVELOPERS.md, STYLE.md), checked on the files analysts edit. */
class ModelConventionsTest {

  static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)");
  static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  static List<BpmnModelInstance> models() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted()
          .map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
    }
  }

  static Set<String> forms() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.map(p -> p.getFileName().toString().replace(".form", "")).collect(java.util.stream.Collectors.toSet());
    }
  }

  /** Beans the models may call: Spring components marked @CalledFromModels, by their bean names. */
  static Set<String> modelBeans() {
    return modelBeanClasses().keySet();
  }

  /** The beans the models may call, by name, with their classes. */
  static java.util.Map<String, Class<?>> modelBeanClasses() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(CalledFromModels.class));
    java.util.Map<String, Class<?>> beans = new java.util.TreeMap<>();
    for (var d : scanner.findCandidateComponents("kz.gov.dnr")) {
      try {
        Class<?> c = Class.forName(d.getBeanClassName());
        Component component = AnnotatedElementUtils.findMergedAnnotation(c, Component.class);
        Service service = c.getAnnotation(Service.class);
        String name = service != null && !service.value().isEmpty() ? service.value()
            : component != null && !component.value().isEmpty() ? component.value() : null;
        assertThat(name).as(c + " needs an explicit bean name").isNotNull();
        beans.put(name, c);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return beans;
  }

  @Test
  void everyProcessHasItsHistoryTimeToLiveAndDocumentation() throws Exception {
    for (BpmnModelInstance m : models()) {
      for (Process p : m.getModelElementsByType(Process.class)) {
        assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank();
        assertThat(p.getDocumentations()).as(p.getId() + " documentation").isNotEmpty();
        assertThat(p.getName()).as(p.getId()).matches(".+ / .+").containsPattern(CYRILLIC);
      }
    }
  }

  /**
   * R4.1: a case starts from an application with its files through the portals' API, a stage from its case;
   * a process started by hand in Tasklist would have neither, so none is offered there.
   */
  @Test
  void noProcessIsStartedByHandInTasklist() throws Exception {
    for (BpmnModelInstance m : models()) {
      for (Process p : m.getModelElementsByType(Process.class)) {
        assertThat(p.isCamundaStartableInTasklist()).as(p.getId() + " startable in Tasklist").isFalse();
      }
    }
  }

  @Test
  void everyElementHasAnEnglishAndRussianNameAndAReadableId() throws Exception {
    for (BpmnModelInstance m : models()) {
      for (FlowNode n : m.getModelElementsByType(FlowNode.class)) {
        assertThat(n.getName()).as(n.getId()).isNotBlank().contains(" / ");
        assertThat(CYRILLIC.matcher(n.getName()).find()).as(n.getId() + " has Russian").isTrue();
        assertThat(n.getId()).as("readable id").matches("(StartEvent|End|Task|SubProcess|Gateway|Timer|Event|CallActivity|Error)_[A-Za-z0-9_]+");
      }
      for (SequenceFlow f : m.getModelElementsByType(SequenceFlow.class)) {
        assertThat(f.getId()).matches("Flow_[A-Za-z0-9_]+");
      }
    }
  }

  @Test
  void everyUserTaskHasAGroupAFormItsDocumentsAndDocumentation() throws Exception {
    Set<String> forms = forms();
    for (BpmnModelInstance m : models()) {
      for (UserTask t : m.getModelElementsByType(UserTask.class)) {
        assertThat(t.getCamundaCandidateGroups()).as(t.getId()).isNotBlank();
        assertThat(t.getCamundaFormRef()).as(t.getId()).isIn(forms);
        assertThat(t.getDocumentations()).as(t.getId()).isNotEmpty();
        assertThat(t.getName()).as(t.getId() + ": Kazakh, Russian and English for officers").matches(".+ / .+ / .+");
        if (!t.getCamundaCandidateGroups().equals("supervisors")) {
          List<String> listeners = t.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
              .stream().map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression()).toList();
          assertThat(listeners).as(t.getId()).contains("create ${taskFormContext}");
        }
      }
    }
  }

  @Test
  void everyServiceTaskIsAsynchronousWithARetryCycleAndCallsAModelBean() throws Exception {
    Set<String> beans = modelBeans();
    for (BpmnModelInstance m : models()) {
      for (ServiceTask t : m.getModelElementsByType(ServiceTask.class)) {
        assertThat(t.isCamundaAsyncBefore()).as(t.getId() + " async").isTrue();
        assertThat(t.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).count())
            .as(t.getId() + " retry cycle").isEqualTo(1);
        assertThat(t.getDocumentations()).as(t.getId()).isNotEmpty();
        Matcher b = BEAN.matcher(t.getCamundaDelegateExpression());
        assertThat(b.find()).isTrue();
        assertThat(beans).as(t.getId() + " calls a bean the models may call").contains(b.group(1));
      }
    }
  }

  /**
   * DEVELOPERS.md: an asynchronous continuation after every call to an outside system, so what comes after the call
   * (an officer's task created, a gateway, the end of a branch) failing does not make the retry call it again. A step
   * calls an outside system when its bean is given one of the interfaces of {@code kz.gov.dnr.outside}.
   */
  @Test
  void everyStepThatCallsAnOutsideSystemIsAsynchronousAfterTheCallToo() throws Exception {
    java.util.Map<String, Class<?>> beans = modelBeanClasses();
    List<String> outsideCalls = new ArrayList<>();
    for (BpmnModelInstance m : models()) {
      for (ServiceTask t : m.getModelElementsByType(ServiceTask.class)) {
        Matcher b = BEAN.matcher(t.getCamundaDelegateExpression());
        assertThat(b.find()).isTrue();
        boolean callsOutside = Arrays.stream(beans.get(b.group(1)).getConstructors())
            .flatMap(c -> Arrays.stream(c.getParameterTypes()))
            .anyMatch(p -> p.getPackageName().equals("kz.gov.dnr.outside"));
        if (callsOutside) {
          outsideCalls.add(t.getId());
          assertThat(t.isCamundaAsyncAfter()).as(t.getId() + " calls an outside system (" + b.group(1)
              + "): asynchronous after the call").isTrue();
        }
      }
    }
    assertThat(outsideCalls).as("steps calling outside systems").contains("Task_RecordChecks", "Task_SendToBerkut",
        "Task_RemindNsc", "Task_BorderCrossings", "Task_FingerprintCheck", "Task_DispatchOriginals", "Task_VerifyCardFee");
  }

  @Test
  void everyListenerAndDeadlineExpressionNamesAModelBeanOrAVariable() throws Exception {
    Set<String> beans = modelBeans();
    for (File f : new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"))) {
      String xml = Files.readString(f.toPath());
      Matcher m = Pattern.compile("delegateExpression=\"\\$\\{([a-zA-Z]+)\\}\"").matcher(xml);
      while (m.find()) {
        assertThat(beans).as(f.getName()).contains(m.group(1));
      }
    }
  }

  @Test
  void everyTimerShowsItsNumberAndKindAndUsesTheDeadlineService() throws Exception {
    List<String> timers = new ArrayList<>();
    for (BpmnModelInstance m : models()) {
      for (TimerEventDefinition t : m.getModelElementsByType(TimerEventDefinition.class)) {
        BaseElement event = (BaseElement) t.getParentElement();
        String name = ((FlowNode) event).getName();
        String expression = t.getTimeDate().getTextContent();
        timers.add(event.getId());
        assertThat(name).as(event.getId()).containsPattern("\\d+ (working|calendar) days?");
        assertThat(expression).as(event.getId()).matches("\\$\\{(deadlines\\.(workingDays|calendarDays)(From)?\\(.+\\)|[a-zA-Z]+)\\}");
        if (expression.startsWith("${deadlines.")) {
          Matcher number = Pattern.compile("(\\d+)\\)\\}$").matcher(expression);
          assertThat(number.find()).isTrue();
          assertThat(name).as(event.getId() + ": the name says the model's number").contains(number.group(1) + " ");
          assertThat(name).contains(expression.contains("workingDays") ? "working day" : "calendar day");
        }
        if (event instanceof BoundaryEvent || event instanceof IntermediateCatchEvent) {
          assertThat(event.getDocumentations()).as(event.getId()).isNotEmpty();
        }
      }
    }
    assertThat(timers).isNotEmpty();
  }

  /**
   * What Tasklist and Cockpit show officers and supervisors from the models reads in Kazakh, Russian and English, in
   * that order: the processes' names (on every task card), the user tasks' names and the deadlines' titles (on the
   * supervisor's escalation).
   */
  @Test
  void namesShownToOfficersAreInKazakhRussianAndEnglish() throws Exception {
    List<String> shown = new ArrayList<>();
    for (BpmnModelInstance m : models()) {
      m.getModelElementsByType(Process.class).forEach(p -> shown.add(p.getName()));
      m.getModelElementsByType(UserTask.class).forEach(t -> shown.add(t.getName()));
      m.getModelElementsByType(CamundaProperty.class).stream().filter(c -> "deadline.title".equals(c.getCamundaName()))
          .forEach(c -> shown.add(c.getCamundaValue()));
    }
    assertThat(shown).hasSizeGreaterThan(20).allSatisfy(name -> {
      String[] parts = name.split(" / ");
      assertThat(parts).as(name).hasSize(3);
      assertThat(parts[0]).as("Kazakh first: " + name).containsPattern("\\p{IsCyrillic}");
      assertThat(parts[1]).as("Russian second: " + name).containsPattern("\\p{IsCyrillic}");
      assertThat(parts[2]).as("English third: " + name).doesNotContainPattern("\\p{IsCyrillic}");
    });
  }

  @Test
  void callActivitiesPassTheCaseNumberAsBusinessKey() throws Exception {
    for (BpmnModelInstance m : models()) {
      for (CallActivity c : m.getModelElementsByType(CallActivity.class)) {
        String xml = Bpmn.convertToString(m);
        assertThat(xml).contains("businessKey=\"#{execution.processBusinessKey}\"");
        assertThat(c.getCalledElement()).startsWith("dnr-");
      }
    }
  }

  @Test
  void theElementIdsNamedInCodeExistInTheModels() throws Exception {
    Set<String> ids = new java.util.HashSet<>();
    for (BpmnModelInstance m : models()) {
      m.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
      m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class).forEach(e -> ids.add(e.getName()));
      m.getModelElementsByType(Process.class).forEach(e -> ids.add(e.getId()));
      m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).forEach(e -> ids.add(e.getErrorCode()));
    }
    for (Class<?> constants : List.of(kz.gov.dnr.petition.PetitionModel.class, kz.gov.dnr.preliminary.PreliminaryModel.class,
        kz.gov.dnr.finaldecision.FinalDecisionModel.class, kz.gov.dnr.residencecard.ResidenceCardModel.class)) {
      for (Field f : constants.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          assertThat(ids).as(constants.getSimpleName() + "." + f.getName()).contains((String) f.get(null));
        }
      }
    }
    assertThat(Arrays.asList(ids.toArray())).isNotEmpty();
  }
}
