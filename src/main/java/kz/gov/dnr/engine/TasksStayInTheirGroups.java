package kz.gov.dnr.engine;

import static kz.gov.dnr.engine.CommandFields.field;
import static kz.gov.dnr.engine.CommandFields.read;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * A task stays with the groups the model gave it (R0.4: a user sees and works only the tasks of their groups). The
 * engine lets whoever may work a task hand it to anyone: claim it for, assign or delegate it to, or make the owner
 * or a candidate any user (also by saving the task with another assignee or owner), or add any group as a
 * candidate; and the engine then grants that user or group the task.
 * So a hub officer could pass a screening to a PSC officer. Here each of these is refused (400, naming the task's
 * groups) unless the user is a member of one of the task's candidate groups, and no group is added to a task's
 * candidates. Unclaiming, and every change within the task's groups, pass as before. Tasks without candidate groups
 * (none in our models) are left alone.
 */
@Component
public class TasksStayInTheirGroups extends BeforeCommandCheck {

  private static final Field CLAIM_TASK = field(ClaimTaskCmd.class, "taskId");
  private static final Field CLAIM_USER = field(ClaimTaskCmd.class, "userId");
  private static final Field DELEGATE_TASK = field(DelegateTaskCmd.class, "taskId");
  private static final Field DELEGATE_USER = field(DelegateTaskCmd.class, "userId");
  private static final Field LINK_TASK = field(AbstractSetTaskPropertyCmd.class, "taskId");
  private static final Field LINK_USER = field(AbstractAddIdentityLinkCmd.class, "userId");
  private static final Field LINK_GROUP = field(AbstractAddIdentityLinkCmd.class, "groupId");

  @Override
  protected void check(Command<?> command) {
    if (command instanceof ClaimTaskCmd) {
      check(read(command, CLAIM_TASK), read(command, CLAIM_USER), null);
    } else if (command instanceof DelegateTaskCmd) {
      check(read(command, DELEGATE_TASK), read(command, DELEGATE_USER), null);
    } else if (command instanceof AbstractAddIdentityLinkCmd) {
      check(read(command, LINK_TASK), read(command, LINK_USER), read(command, LINK_GROUP));
    } else {
      TaskChange change = TaskChange.of(command);
      if (change != null && !Objects.equals(change.stored().getAssignee(), change.changed().getAssignee())) {
        check(change.changed().getId(), change.changed().getAssignee(), null);
      }
      if (change != null && !Objects.equals(change.stored().getOwner(), change.changed().getOwner())) {
        check(change.changed().getId(), change.changed().getOwner(), null);
      }
    }
  }

  private static void check(Object taskId, Object userId, Object groupId) {
    if (taskId == null || userId == null && groupId == null) {
      return;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId.toString());
    if (task == null) {
      return;
    }
    Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    if (groups.isEmpty()) {
      return;
    }
    String taskGroups = String.join(", ", groups);
    if (groupId != null && !groups.contains(groupId.toString())) {
      throw new BadUserRequestException("Тапсырма өз тобында қалады / Задача остаётся в своей группе / The task stays"
          + " with its group " + taskGroups + ": " + groupId + " cannot be added");
    }
    if (userId != null && !memberOfAny(userId.toString(), groups)) {
      throw new BadUserRequestException("Тапсырма өз тобында қалады / Задача остаётся в своей группе / The task stays"
          + " with its group " + taskGroups + ": " + userId + " is not a member");
    }
  }

  private static boolean memberOfAny(String userId, Set<String> groups) {
    List<Group> memberships = Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupMember(userId).list());
    return memberships.stream().anyMatch(g -> groups.contains(g.getId()));
  }
}
