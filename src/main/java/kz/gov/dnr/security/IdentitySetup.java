package kz.gov.dnr.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Groups, authorizations and users (R0.4: authenticated users only, least privilege per role).
 *
 * <ul>
 *   <li>Officer groups work only the tasks they are candidates of (the engine grants that per task) and
 *       may open Tasklist.</li>
 *   <li>Supervisors read every case, task and incident in Cockpit and Tasklist; they change nothing but
 *       their escalation tasks.</li>
 *   <li>Analysts read and deploy definitions; they do not see cases (no personal data).</li>
 *   <li>{@code camunda-admin} holds every permission.</li>
 * </ul>
 *
 * Every start applies this idempotently. Users: the demo profile creates those of CONTRACT.md with its
 * demo password; any other profile takes the administrator from {@code DNR_ADMIN_ID} and
 * {@code DNR_ADMIN_PASSWORD}; without them {@code RequiredSettings} refuses to start.
 */
@Component
public class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  /** Demo users of CONTRACT.md and their group. */
  public static final Map<String, DnrGroup> DEMO_USERS = Map.of(
      "hub", DnrGroup.ASTANA_HUB,
      "ministry", DnrGroup.MDAI,
      "officer", DnrGroup.MIGRATION_SERVICE,
      "psc", DnrGroup.PSC,
      "supervisor", DnrGroup.SUPERVISORS,
      "analyst", DnrGroup.ANALYSTS,
      "admin", DnrGroup.CAMUNDA_ADMIN);

  private final IdentityProperties properties;

  public IdentitySetup(IdentityProperties properties) {
    this.properties = properties;
  }

  /** Why no administrator can be set up, if none can: outside the demo profile there is no default password. */
  public Optional<String> administratorProblem() {
    if (!properties.demoUsers() && (isBlank(properties.adminId()) || isBlank(properties.adminPassword()))) {
      return Optional.of("No administrator configured: set DNR_ADMIN_ID and DNR_ADMIN_PASSWORD (there is no default"
          + " password outside the demo profile; the password must meet the engine's password policy)");
    }
    return Optional.empty();
  }

  /** Applies groups, rights and users; {@code RequiredSettings} has checked the administrator first. */
  public void apply(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (DnrGroup g : DnrGroup.values()) {
      ensureGroup(identity, g);
    }
    grantGroupRights(authorizations);
    if (properties.demoUsers()) {
      if (isBlank(properties.demoPassword())) {
        throw new IllegalStateException("dnr.identity.demo-users is on but dnr.identity.demo-password is not set");
      }
      DEMO_USERS.forEach((user, group) -> ensureUser(identity, user, "Demo", group.displayName(), group));
      for (SystemClient client : SystemClient.values()) {
        ensureUser(identity, client.id(), "System", client.displayName(), DnrGroup.SYSTEM_CLIENTS);
      }
    } else {
      ensureUser(identity, properties.adminId(), "Administrator", "DNR", DnrGroup.CAMUNDA_ADMIN);
    }
  }

  private void ensureGroup(IdentityService identity, DnrGroup g) {
    Group group = identity.createGroupQuery().groupId(g.id()).singleResult();
    if (group == null) {
      group = identity.newGroup(g.id());
      group.setName(g.displayName());
      group.setType(g.type());
      identity.saveGroup(group);
      LOG.info("Created group {}", g.id());
    }
  }

  private void ensureUser(IdentityService identity, String id, String firstName, String lastName, DnrGroup group) {
    if (identity.createUserQuery().userId(id).singleResult() == null) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(properties.demoUsers() ? properties.demoPassword() : properties.adminPassword());
      identity.saveUser(user);
      LOG.info("Created user {} in group {}", id, group.id());
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group.id()).count() == 0) {
      identity.createMembership(id, group.id());
    }
  }

  private void grantGroupRights(AuthorizationService a) {
    for (DnrGroup g : List.of(DnrGroup.ASTANA_HUB, DnrGroup.MDAI, DnrGroup.MIGRATION_SERVICE, DnrGroup.PSC)) {
      grant(a, g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Process and form names shown in Tasklist; not the instances.
      grant(a, g, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }
    DnrGroup sup = DnrGroup.SUPERVISORS;
    grant(a, sup, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(a, sup, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(a, sup, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(a, sup, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(a, sup, Resources.TASK, ANY, TaskPermissions.READ);
    grant(a, sup, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(a, sup, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

    DnrGroup an = DnrGroup.ANALYSTS;
    grant(a, an, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(a, an, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grant(a, an, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(a, an, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(a, an, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);

    for (Resources r : Resources.values()) {
      grant(a, DnrGroup.CAMUNDA_ADMIN, r, ANY, Permissions.ALL);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating it if absent. */
  static void grant(AuthorizationService a, DnrGroup group, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization auth = a.createAuthorizationQuery()
        .groupIdIn(group.id()).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
    boolean isNew = auth == null;
    if (isNew) {
      auth = a.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(group.id());
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    boolean changed = isNew;
    for (Permission p : permissions) {
      if (!auth.isPermissionGranted(p)) {
        auth.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      a.saveAuthorization(auth);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
