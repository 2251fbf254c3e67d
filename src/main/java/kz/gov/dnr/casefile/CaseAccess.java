package kz.gov.dnr.casefile;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.security.ApiCaller;
import kz.gov.dnr.security.DnrGroup;
import kz.gov.dnr.security.SystemClient;
import java.util.Arrays;
import java.util.HashSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Who may read what of a case through {@code /api/v1} (R0.4, least privilege). System clients read what
 * CONTRACT.md gives them; supervisors and administrators read every case; an officer reads only the cases
 * in which their group has or had a task; analysts read no case.
 */
@Component
public class CaseAccess {

  /** The case number pattern of CONTRACT.md. */
  public static final Pattern CASE_NUMBER = Pattern.compile("DNR-\\d{4}-\\d{6}");

  /** What is read. */
  public enum Reading {
    CASE(EnumSet.allOf(SystemClient.class)),
    NOTIFICATIONS(EnumSet.of(SystemClient.ASTANAHUB_PORTAL, SystemClient.EGOV_PORTAL, SystemClient.PSC_SYSTEM)),
    DOCUMENTS(EnumSet.of(SystemClient.ASTANAHUB_PORTAL, SystemClient.EGOV_PORTAL, SystemClient.PSC_SYSTEM));

    private final Set<SystemClient> clients;

    Reading(Set<SystemClient> clients) {
      this.clients = clients;
    }
  }

  private final CaseRegistry registry;
  private final HistoryService history;
  private final RepositoryService repository;

  public CaseAccess(CaseRegistry registry, HistoryService history, RepositoryService repository) {
    this.registry = registry;
    this.history = history;
    this.repository = repository;
  }

  public CaseRecord requireRead(ApiCaller caller, String caseNumber, Reading what) {
    boolean client = caller.isSystemClient();
    boolean allOfThem = readsWholeCase(caller);
    boolean officer = isOfficer(caller);
    if (client && what.clients.stream().noneMatch(caller::is)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "System client " + caller.id() + " may not read the "
          + what.name().toLowerCase() + " of a case");
    }
    if (!client && !allOfThem && !officer) {
      throw new ApiException(ProblemKind.FORBIDDEN, "User " + caller.id() + " has no group that reads cases");
    }
    CaseRecord c = registry.require(caseNumber);
    if (officer && !hadTaskInCase(caller, caseNumber)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "Case " + caseNumber + " has had no task of your group");
    }
    return c;
  }

  /**
   * R0.4: whether the caller, who may read the case, reads its documents of this code: a system client,
   * supervisor or administrator every one, an officer those of their group's stages ({@link OfficerStages}).
   */
  public boolean readsDocument(ApiCaller caller, String code) {
    return readsEveryDocument(caller) || OfficerStages.readsDocument(caller.groups(), code);
  }

  /** Whether the caller, who may read the case, reads all its documents (anyone but an officer). */
  public boolean readsEveryDocument(ApiCaller caller) {
    return !isOfficer(caller);
  }

  /** Refuses a document the caller's groups do not read (403), saying why. */
  public void requireDocument(ApiCaller caller, String code) {
    if (!readsDocument(caller, code)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "Your group does not read the " + code + " documents of a case:"
          + " an officer reads the documents of the stages their group works (R0.4)");
    }
  }

  /**
   * R0.4: whether the caller, who may read the case, reads its journal entries of this kind (the decisions of
   * {@code GET /cases/{n}}): supervisors and administrators every one; the portals and outside systems all but the
   * security checks ({@link CaseJournal#SECURITY_CHECKS}); an officer those of their group's stages
   * ({@link OfficerStages}).
   */
  public boolean readsEntry(ApiCaller caller, String kind) {
    if (readsWholeCase(caller)) {
      return true;
    }
    if (caller.isSystemClient()) {
      return !CaseJournal.SECURITY_CHECKS.contains(kind);
    }
    return OfficerStages.readsEntry(caller.groups(), kind);
  }

  private static boolean readsWholeCase(ApiCaller caller) {
    return caller.inGroup(DnrGroup.SUPERVISORS) || caller.inGroup(DnrGroup.CAMUNDA_ADMIN);
  }

  private static boolean isOfficer(ApiCaller caller) {
    return !caller.isSystemClient() && !readsWholeCase(caller) && caller.groups().stream()
        .anyMatch(DnrGroup::isOfficerGroup);
  }

  /**
   * Whether one of the caller's officer groups is a candidate group of a task the case has or had. Read from
   * the models' user tasks, since history level {@code audit} keeps tasks but not their identity links.
   */
  private boolean hadTaskInCase(ApiCaller caller, String caseNumber) {
    Set<String> groups = new HashSet<>();
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
      UserTask task = repository.getBpmnModelInstance(t.getProcessDefinitionId()).getModelElementById(t.getTaskDefinitionKey());
      if (task != null && task.getCamundaCandidateGroups() != null) {
        groups.addAll(Arrays.asList(task.getCamundaCandidateGroups().split("\\s*,\\s*")));
      }
    }
    return caller.groups().stream().anyMatch(g -> groups.contains(g) && DnrGroup.isOfficerGroup(g));
  }
}
