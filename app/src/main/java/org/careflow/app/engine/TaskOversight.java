package org.careflow.app.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Every group that may see a case may also read (not work on) its tasks: the township's
 * supervisors see what their villages' child directors have on hand, the county sees it all.
 * The case's groups are decided once, when the case starts.
 */
class TaskOversight implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    var authorizations = task.getProcessEngineServices().getAuthorizationService();
    Set<String> candidates = task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .collect(Collectors.toSet());
    Privileged.run(() -> authorizations.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(task.getProcessInstanceId())
        .list().stream()
        .map(Authorization::getGroupId)
        .filter(group -> group != null && !candidates.contains(group))
        .distinct()
        .forEach(group -> {
          Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          read.setGroupId(group);
          read.setResource(Resources.TASK);
          read.setResourceId(task.getId());
          read.addPermission(Permissions.READ);
          authorizations.saveAuthorization(read);
        }));
  }
}
