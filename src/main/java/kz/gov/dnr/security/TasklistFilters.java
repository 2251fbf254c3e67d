package kz.gov.dnr.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The ready Tasklist filters: for each officer group its open tasks sorted by due date and its overdue
 * tasks; for supervisors their escalations and every overdue task. Each filter is readable by its group
 * only. Kept in line with this code on every start.
 */
@Component
public class TasklistFilters {

  /** Process key of the supervisors' escalation tasks. */
  public static final String ESCALATION_PROCESS = "dnr-escalation";

  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "Іс / Дело / Case"),
      Map.of("name", "applicantName", "label", "Өтініш беруші / Заявитель / Applicant"));

  /**
   * One filter: who reads it, what it shows. {@code formerName} is the name an earlier release gave it, so that a
   * database made by that release keeps one filter of each kind, renamed, instead of gaining a second.
   */
  public record Definition(String name, String formerName, DnrGroup group, int priority, String color,
      String description, TaskQuery query) {
  }

  public List<Definition> definitions(TaskService tasks) {
    List<Definition> defs = new ArrayList<>();
    int priority = 0;
    for (DnrGroup g : DnrGroup.values()) {
      if (!g.isOfficerGroup()) {
        continue;
      }
      String label = g.displayName().split(" / ")[0];
      defs.add(new Definition(label + " — ашық тапсырмалар / открытые задачи / open tasks",
          label + " — open tasks / открытые задачи", g, priority++, "#3e6fb0",
          label + ": топ тапсырмалары мерзімі бойынша / задачи группы по сроку / tasks by due date",
          tasks.createTaskQuery().taskCandidateGroup(g.id()).includeAssignedTasks().orderByDueDate().asc()));
      defs.add(new Definition(label + " — мерзімі өткен / просроченные / overdue", label + " — overdue / просроченные",
          g, priority++, "#b5152b",
          label + ": мерзімі өткен тапсырмалар / просроченные задачи группы / tasks past their due date",
          tasks.createTaskQuery().taskCandidateGroup(g.id()).includeAssignedTasks().dueBeforeExpression("${now()}")
              .orderByDueDate().asc()));
    }
    defs.add(new Definition("Supervisors — эскалациялар / эскалации / escalations",
        "Supervisors — escalations / эскалации", DnrGroup.SUPERVISORS, priority++, "#b5152b",
        "Қаралатын мерзім бұзушылықтары / Нарушения сроков / Deadline breaches to review",
        tasks.createTaskQuery().processDefinitionKey(ESCALATION_PROCESS).taskCandidateGroup(DnrGroup.SUPERVISORS.id())
            .includeAssignedTasks().orderByTaskCreateTime().desc()));
    defs.add(new Definition("Supervisors — барлық мерзімі өткен / все просроченные / all overdue tasks",
        "Supervisors — all overdue tasks / все просроченные", DnrGroup.SUPERVISORS, priority, "#e8a317",
        "Барлық топтардың мерзімі өткен тапсырмалары / Все просроченные задачи / Every group's tasks past their due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()));
    return defs;
  }

  public void apply(ProcessEngine engine) {
    FilterService filters = engine.getFilterService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Definition d : definitions(engine.getTaskService())) {
      Filter filter = filters.createFilterQuery().filterName(d.name()).singleResult();
      if (filter == null) {
        filter = filters.createFilterQuery().filterName(d.formerName()).singleResult();
      }
      if (filter == null) {
        filter = filters.newTaskFilter(d.name());
      }
      filter.setName(d.name());
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", d.priority());
      properties.put("color", d.color());
      properties.put("description", d.description());
      properties.put("refresh", true);
      properties.put("variables", SHOWN_VARIABLES);
      filter.setQuery(d.query());
      filter.setProperties(properties);
      filters.saveFilter(filter);
      IdentitySetup.grant(authorizations, d.group(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
