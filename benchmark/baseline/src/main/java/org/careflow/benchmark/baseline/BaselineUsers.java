package org.careflow.benchmark.baseline;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The people of the benchmark, created at start (the administrator comes from
 * camunda.bpm.admin-user): a hotline agent who starts cases, the worker that completes the
 * external task, and one supervisor per township. A township's supervisors read the tasks of their
 * township through the authorization Camunda writes itself for every candidate group of a task.
 */
@Component
class BaselineUsers {

  static final String PROCESS_KEY = "child-protection-intake";
  static final String PASSWORD = "bench";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  BaselineUsers(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Before the web server listens, so nobody is refused who will exist a moment later. */
  @PostConstruct
  void create() {
    group("agency", "Hotline agency");
    group("workers", "External task workers");
    group("townshiphetang", "Township Hetang");
    group("townshipshiqiao", "Township Shiqiao");
    user("agency", "agency");
    user("worker", "workers");
    user("supervisorhetang", "townshiphetang");
    user("supervisorshiqiao", "townshipshiqiao");

    grant("agency", Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant("agency", Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
    grant("workers", Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    grant("workers", Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void user(String id, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Benchmark");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0) {
      return;
    }
    var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

}
