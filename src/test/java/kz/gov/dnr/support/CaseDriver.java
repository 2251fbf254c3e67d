package kz.gov.dnr.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives a case through the engine as the job executor and the officers would: runs due jobs, and
 * claims and completes tasks as an authenticated demo user, so the engine's authorizations apply.
 */
@Component
public class CaseDriver implements Officers {

  private final ProcessEngine engine;
  private boolean tolerateJobFailures;

  public CaseDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Like the job executor: a failing job keeps its exception and waits for a retry instead of failing the test. */
  public void tolerateJobFailures(boolean tolerate) {
    this.tolerateJobFailures = tolerate;
  }

  public List<ProcessInstance> instances(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
  }

  public ProcessInstance instance(String caseNumber, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(processKey).singleResult();
  }

  /** Executes every due job of the case (not timers in the future) until none is left. */
  public int runJobs(String caseNumber) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = dueJobs(caseNumber);
      if (jobs.isEmpty()) {
        return executed;
      }
      boolean progress = false;
      for (Job job : jobs) {
        try {
          executeJob(job);
          executed++;
          progress = true;
        } catch (RuntimeException e) {
          if (!tolerateJobFailures) {
            throw e;
          }
        }
      }
      if (!progress) {
        return executed;
      }
    }
    throw new AssertionError("Jobs of " + caseNumber + " keep coming");
  }

  /** Due jobs with retries left, timers included when their time has come. */
  public List<Job> dueJobs(String caseNumber) {
    return instances(caseNumber).stream()
        .flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list().stream())
        .toList();
  }

  /** A variable of the case's instance of a process. */
  public Object variable(String caseNumber, String processKey, String name) {
    return engine.getRuntimeService().getVariable(instance(caseNumber, processKey).getId(), name);
  }

  public Task task(String caseNumber, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Claims and completes a task as the given demo user (authorizations checked), then runs due jobs. */
  @Override
  public void complete(String caseNumber, String taskKey, String user, Map<String, Object> variables) {
    Task task = task(caseNumber, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " in " + caseNumber + "; waiting at "
          + instances(caseNumber).stream().map(pi -> engine.getRuntimeService().getActiveActivityIds(pi.getId())).toList());
    }
    as(user, () -> claimAndComplete(task, user, variables));
    runJobs(caseNumber);
  }

  /** One job, as the job executor runs it. */
  protected void executeJob(Job job) {
    engine.getManagementService().executeJob(job.getId());
  }

  /** What an officer does in Tasklist: claim, then complete with the form's values. */
  protected void claimAndComplete(Task task, String user, Map<String, Object> variables) {
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** Runs something as an authenticated user with their groups. */
  public void as(String user, Runnable action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void setClock(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
