package kz.gov.dnr.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import kz.gov.dnr.notifications.NotificationDelivery;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.security.IdentitySetup;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.bpmn.delegate.ExecutionListenerInvocation;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.ExpressionGetInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a timed test: what a case costs, the whole journey (§4 to §27, R0.3) against the same wait
 * states with empty delegates ({@link JourneySkeleton}). The developers' bar is 1.5 times the skeleton, so
 * that the engine, not our code, dominates a case; the figures are reported, not asserted, because times
 * depend on the machine (README "What a case costs", the record in {@code docs/journey-cost.md}).
 *
 * <p>Compared like for like: the time of every job and every claim and completion of a task (the skeleton's
 * officers enter the same form values), in the journey and in its skeleton; the tests' own queries for what to
 * do next are not counted. Wall-clock time is the bar; the calling thread's CPU time is reported beside it,
 * as it leaves out garbage-collection pauses and other noise of a shared machine. Reported apart: starting
 * the case and correlating its messages (in the journey inside the portals' and Berkut's HTTP requests, with
 * their validation and file storage; in the skeleton plain engine calls), the delivery of the case's
 * messages by the outbox, and the ten steps costing most beyond their skeleton. How much of the journey's time
 * is our own code is measured too: the engine calls every delegate, listener and expression through its
 * {@link DelegateInterceptor}, which the benchmark wraps to time the outermost calls inside the timed steps; the
 * rest of what a case costs beyond its skeleton is the engine's own work on what our steps hand it (their
 * variables and the history of them, the tasks' due dates). Asserted: the skeleton has
 * exactly the journey's tasks and jobs, and the journey ends granted. Medians of {@value #RUNS} runs after {@value #WARM_UP}
 * warm-up runs, written to {@code target/benchmarks/journey-cost-<database>.md}.
 */
abstract class JourneyCostBenchmark {

  static final int WARM_UP = 10;
  static final int RUNS = 9;
  static final double BAR = 1.5;
  /** The demo user who works each officer group's tasks. */
  static final Map<String, String> USER_OF_GROUP = IdentitySetup.DEMO_USERS.entrySet().stream()
      .filter(e -> e.getValue().isOfficerGroup()).collect(Collectors.toMap(e -> e.getValue().id(), Map.Entry::getKey));

  @RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
      new com.icegreen.greenmail.junit5.GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP);

  @Autowired
  ProcessEngine engine;
  @Autowired
  Simulators.Payments payments;
  @Autowired
  NotificationDelivery delivery;
  @LocalServerPort
  int port;

  @Test
  void reportsWhatAWholeJourneyCostsAgainstItsWaitStatesWithEmptyDelegates() throws IOException {
    String sample = null;
    for (int i = 0; i < WARM_UP; i++) {
      sample = journey().caseNumber;
    }
    Map<String, BpmnModelInstance> skeleton = JourneySkeleton.of(engine, sample);
    var deployment = engine.getRepositoryService().createDeployment().name("journey skeleton (benchmark)");
    skeleton.forEach((key, model) -> deployment.addModelInstance(JourneySkeleton.PREFIX + key + ".bpmn", model));
    String deploymentId = deployment.deploy().getId();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DelegateInterceptor interceptor = configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(new TimedDelegates(interceptor));
    try {
      for (int i = 0; i < WARM_UP; i++) {
        skeleton();
      }
      Run[] journeys = new Run[RUNS];
      Run[] skeletons = new Run[RUNS];
      for (int i = 0; i < RUNS; i++) {
        journeys[i] = journey();
        skeletons[i] = skeleton();
      }
      Run journey = median(journeys, r -> r.engineNanos);
      Run bare = median(skeletons, r -> r.engineNanos);
      assertThat(bare.tasks).as("the skeleton has the journey's user tasks").isEqualTo(journey.tasks);
      assertThat(bare.jobs).as("the skeleton has the journey's jobs").isEqualTo(journey.jobs);
      double ratio = (double) journey.engineNanos / bare.engineNanos;
      double withRequests = (double) (journey.engineNanos + journey.requestNanos) / (bare.engineNanos + bare.requestNanos);
      double cpuRatio = (double) median(journeys, r -> r.cpuNanos).cpuNanos / median(skeletons, r -> r.cpuNanos).cpuNanos;
      long ours = median(journeys, r -> r.ownNanos).ownNanos;
      long bareOurs = median(skeletons, r -> r.ownNanos).ownNanos;
      long[] beyond = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        beyond[i] = (journeys[i].engineNanos - journeys[i].ownNanos) - (skeletons[i].engineNanos - skeletons[i].ownNanos);
      }
      Arrays.sort(beyond);
      long engineBeyond = beyond[RUNS / 2];
      String report = String.format("""
          | | journey | skeleton (empty delegates) |
          |---|---:|---:|
          | user tasks completed (same form values) | %d | %d |
          | jobs executed | %d | %d |
          | tasks and jobs, ms (wall clock) | %.1f | %.1f |
          | tasks and jobs, ms (CPU time of the calling thread) | %.1f | %.1f |
          | of which inside our delegates, listeners and expressions, ms | %.1f | %.1f |
          | starting the case and correlating its messages, ms | %.1f (%d HTTP requests: intake, answers) | %.1f (%d calls) |
          | delivering the case's messages (SMTP), ms | %.1f | |

          Tasks and jobs: **%.2f x** the skeleton in wall-clock time, %.2f x in CPU time (developers' bar %.1f x).
          With the requests beside the skeleton's start and correlations: %.2f x.
          Our delegates, listeners and expressions take %.0f %% of the journey's tasks and jobs, the engine the rest.
          The engine's own work beyond the skeleton's, on what our steps hand it (variables, their history, due
          dates): %s.
          Medians of %d runs after %d warm-up runs, on %s, in a JVM started with `%s`.

          Where the difference lies (median per step, the steps costing most beyond their skeleton):

          | step | journey, ms | skeleton, ms | beyond, ms |
          |---|---:|---:|---:|
          %s

          Our code in a journey (mean of the runs; a delegate expression counts apart from the bean it names):

          | delegate, listener or expression | ms per journey |
          |---|---:|
          %s
          """, journey.tasks, bare.tasks, journey.jobs, bare.jobs,
          journey.engineNanos / 1e6, bare.engineNanos / 1e6,
          median(journeys, r -> r.cpuNanos).cpuNanos / 1e6, median(skeletons, r -> r.cpuNanos).cpuNanos / 1e6,
          ours / 1e6, bareOurs / 1e6,
          journey.requestNanos / 1e6, journey.requests, bare.requestNanos / 1e6, bare.requests, journey.deliveryNanos / 1e6,
          ratio, cpuRatio, BAR, withRequests, 100.0 * ours / journey.engineNanos, engineWork(engineBeyond),
          RUNS, WARM_UP, databaseShown(), jvmOptions(), costliestSteps(journeys, skeletons, 10), ownCode(journeys, 12));
      Files.createDirectories(Path.of("target", "benchmarks"));
      Files.writeString(Path.of("target", "benchmarks", "journey-cost-" + database() + ".md"), report);
      System.out.println("Journey cost benchmark (" + database() + "):\n" + report);
    } finally {
      configuration.setDelegateInterceptor(interceptor);
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  /** The engine's own time beyond the skeleton's; noise can make the median difference negative. */
  private static String engineWork(long nanos) {
    return nanos > 0 ? String.format("%.1f ms (median of the runs' differences)", nanos / 1e6)
        : String.format("within the runs' noise (median difference %.1f ms)", nanos / 1e6);
  }

  /** The database the engine runs on, for the report's name. */
  abstract String database();

  /** The database as the report describes it. */
  abstract String databaseShown();

  /** The options this JVM was started with (the build gives it the run command's, README "What a case costs"). */
  private static String jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
        .collect(Collectors.joining(" "));
  }

  /** One case through the whole order, timed where the server works on it. */
  private Run journey() {
    Run run = new Run();
    TimedDriver driver = new TimedDriver(engine, run);
    Http http = new Http(port).timingChanges(nanos -> {
      run.requests++;
      run.requestNanos += nanos;
    });
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    run.caseNumber = WholeJourney.toResidenceCard(http, driver, driver, payments, iin, passport);
    long start = System.nanoTime();
    while (delivery.deliverDue() > 0) {
      // this case's messages (and any left by earlier tests)
    }
    run.deliveryNanos = System.nanoTime() - start;
    assertThat(driver.instances(run.caseNumber)).as("the case ended").isEmpty();
    assertThat(http.get("/api/v1/cases/" + run.caseNumber, "psc-system").json().get("outcome").asText()).isEqualTo("GRANTED");
    return run;
  }

  /** The skeleton of a case: jobs run, tasks completed by their group's demo user, messages correlated. */
  private Run skeleton() {
    Run run = new Run();
    TimedDriver driver = new TimedDriver(engine, run);
    String key = "SKELETON-" + System.nanoTime();
    long start = System.nanoTime();
    engine.getRuntimeService().startProcessInstanceByKey(JourneySkeleton.PREFIX + "dnr-case", key);
    run.requestNanos += System.nanoTime() - start;
    driver.runJobs(key);
    for (int step = 0; step < 200; step++) {
      List<String> ids = driver.instances(key).stream().map(pi -> pi.getId()).toList();
      if (ids.isEmpty()) {
        return run;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
      if (task != null) {
        String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
        driver.complete(key, task.getTaskDefinitionKey(), USER_OF_GROUP.get(group),
            TimedDriver.FORM_VALUES.getOrDefault(task.getTaskDefinitionKey(), Map.of()));
        continue;
      }
      EventSubscription waiting = ids.stream().flatMap(id -> engine.getRuntimeService().createEventSubscriptionQuery()
              .eventType("message").processInstanceId(id).list().stream()).findFirst()
          .orElseThrow(() -> new AssertionError("skeleton stuck"));
      long t = System.nanoTime();
      engine.getRuntimeService().createMessageCorrelation(waiting.getEventName())
          .processInstanceId(waiting.getProcessInstanceId()).correlate();
      run.requestNanos += System.nanoTime() - t;
      run.requests++;
      driver.runJobs(key);
    }
    throw new AssertionError("skeleton did not end");
  }

  /** The steps whose median time exceeds their skeleton's the most, as table rows. */
  private static String costliestSteps(Run[] journeys, Run[] skeletons, int limit) {
    Map<String, Double> journey = stepMedians(journeys);
    Map<String, Double> bare = stepMedians(skeletons);
    return journey.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> bare.getOrDefault(e.getKey(), 0.0) - e.getValue()))
        .limit(limit)
        .map(e -> String.format("| %s | %.1f | %.1f | %.1f |", e.getKey(), e.getValue() / 1e6,
            bare.getOrDefault(e.getKey(), 0.0) / 1e6, (e.getValue() - bare.getOrDefault(e.getKey(), 0.0)) / 1e6))
        .collect(Collectors.joining("\n"));
  }

  /** Our delegates, listeners and expressions taking most of the journeys' time, as table rows. */
  private static String ownCode(Run[] journeys, int limit) {
    Map<String, Long> total = new HashMap<>();
    Arrays.stream(journeys).forEach(r -> r.codeNanos.forEach((code, nanos) -> total.merge(code, nanos, Long::sum)));
    return total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .map(e -> String.format("| `%s` | %.1f |", e.getKey(), e.getValue() / 1e6 / journeys.length))
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, Double> stepMedians(Run[] runs) {
    Map<String, Double> medians = new HashMap<>();
    Arrays.stream(runs).flatMap(r -> r.stepNanos.keySet().stream()).distinct().forEach(step -> {
      long[] times = Arrays.stream(runs).mapToLong(r -> r.stepNanos.getOrDefault(step, 0L)).sorted().toArray();
      medians.put(step, (double) times[times.length / 2]);
    });
    return medians;
  }

  private static Run median(Run[] runs, ToLongFunction<Run> by) {
    Run[] sorted = runs.clone();
    Arrays.sort(sorted, Comparator.comparingLong(by));
    return sorted[sorted.length / 2];
  }

  /** Measurements of one run. */
  static final class Run {
    String caseNumber;
    int tasks;
    int jobs;
    int requests;
    long requestNanos;
    long engineNanos;
    long cpuNanos;
    /** Time inside our delegates, listeners and expressions during the timed steps. */
    long ownNanos;
    /** The same by what ran ({@code TimedDelegates#code}). */
    final Map<String, Long> codeNanos = new HashMap<>();
    long deliveryNanos;
    final Map<String, Long> stepNanos = new HashMap<>();

    void step(String activityId, long nanos, long cpu) {
      engineNanos += nanos;
      cpuNanos += cpu;
      stepNanos.merge(activityId, nanos, Long::sum);
    }
  }

  /**
   * Times our code inside the timed steps: the engine hands every delegate, listener and expression to its
   * delegate interceptor, and the outermost of these calls on the timed thread is added to the run. The
   * engine's own history listeners on tasks pass through the same interceptor; they are the engine's work, not
   * ours, and are not counted.
   */
  static final class TimedDelegates implements DelegateInterceptor {
    static final ThreadLocal<Run> TIMED = new ThreadLocal<>();
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final Field TASK_LISTENER = field(TaskListenerInvocation.class, "taskListenerInstance");
    private static final Field JAVA_DELEGATE = field(JavaDelegateInvocation.class, "delegateInstance");
    private static final Field EXECUTION_LISTENER = field(ExecutionListenerInvocation.class, "executionListenerInstance");
    private static final Field VALUE_EXPRESSION = field(ExpressionGetInvocation.class, "valueExpression");
    private final DelegateInterceptor engine;

    TimedDelegates(DelegateInterceptor engine) {
      this.engine = engine;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      Run run = TIMED.get();
      int[] depth = DEPTH.get();
      if (run == null || depth[0] > 0 || enginesOwn(invocation)) {
        engine.handleInvocation(invocation);
        return;
      }
      depth[0]++;
      long start = System.nanoTime();
      try {
        engine.handleInvocation(invocation);
      } finally {
        long took = System.nanoTime() - start;
        run.ownNanos += took;
        run.codeNanos.merge(code(invocation), took, Long::sum);
        depth[0]--;
      }
    }

    /**
     * What an invocation runs, as a maintainer finds it: a delegate's or listener's class, a delegate expression's
     * text (the bean it names), an expression's text (a due date, a timer, a condition).
     */
    private static String code(DelegateInvocation invocation) throws IllegalAccessException {
      Object target = invocation instanceof JavaDelegateInvocation ? JAVA_DELEGATE.get(invocation)
          : invocation instanceof TaskListenerInvocation ? TASK_LISTENER.get(invocation)
          : invocation instanceof ExecutionListenerInvocation ? EXECUTION_LISTENER.get(invocation)
          : invocation instanceof ExpressionGetInvocation ? ((ValueExpression) VALUE_EXPRESSION.get(invocation))
              .getExpressionString()
          : invocation.getClass().getSimpleName();
      if (target instanceof DelegateExpressionTaskListener listener) {
        return listener.getExpressionText();
      }
      if (target instanceof String text) {
        return text;
      }
      Class<?> type = target.getClass();
      String name = type.getName().substring(type.getPackageName().length() + 1);
      return (name.contains("$$Lambda") ? name.substring(0, name.indexOf("$$Lambda")) : name).replace('$', '.');
    }

    private static boolean enginesOwn(DelegateInvocation invocation) throws IllegalAccessException {
      return invocation instanceof TaskListenerInvocation
          && TASK_LISTENER.get(invocation).getClass().getName().startsWith("org.camunda.bpm.engine.impl.history.");
    }

    /** What an invocation calls; the engine keeps it in a protected field. */
    private static Field field(Class<?> invocation, String name) {
      try {
        Field field = invocation.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Camunda's " + invocation.getSimpleName() + " changed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The tests' driver, timing only the commands that move the case (a job, a claim and completion), not its
   * own queries for what to do next.
   */
  static final class TimedDriver extends CaseDriver {
    private static final Map<String, String> ACTIVITY_OF_JOB_DEFINITION = new ConcurrentHashMap<>();
    /** What the journey's officers entered in each task, entered again in the skeleton's. */
    static final Map<String, Map<String, Object>> FORM_VALUES = new ConcurrentHashMap<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final ProcessEngine engine;
    private final Run run;

    TimedDriver(ProcessEngine engine, Run run) {
      super(engine);
      this.engine = engine;
      this.run = run;
    }

    @Override
    protected void executeJob(Job job) {
      String step = activityOf(job);
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      TimedDelegates.TIMED.set(run);
      try {
        super.executeJob(job);
      } finally {
        TimedDelegates.TIMED.remove();
      }
      run.step(step, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
      run.jobs++;
    }

    @Override
    protected void claimAndComplete(Task task, String user, Map<String, Object> variables) {
      FORM_VALUES.putIfAbsent(task.getTaskDefinitionKey(), variables);
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      TimedDelegates.TIMED.set(run);
      try {
        super.claimAndComplete(task, user, variables);
      } finally {
        TimedDelegates.TIMED.remove();
      }
      run.step(task.getTaskDefinitionKey(), System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
      run.tasks++;
    }

    /** The element a job continues or fires at (the same id in the journey and in its skeleton). */
    private String activityOf(Job job) {
      return ACTIVITY_OF_JOB_DEFINITION.computeIfAbsent(job.getJobDefinitionId(), id -> engine.getManagementService()
          .createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
    }
  }
}
