package org.careflow.app.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * The engine grants a task's assignee and owner their own permissions on it and keeps them when
 * the task moves on. This takes them back: after each change of a task, only its assignee, owner
 * and candidate users keep a personal grant, so a person the task was taken from (unclaimed,
 * reassigned, withdrawn after a lapsed training) no longer reads or works on it.
 */
class AssigneeAccess implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Set<String> keep = new HashSet<>();
    if (task.getAssignee() != null) {
      keep.add(task.getAssignee());
    }
    if (task.getOwner() != null) {
      keep.add(task.getOwner());
    }
    task.getCandidates().stream().map(IdentityLink::getUserId).filter(user -> user != null).forEach(keep::add);
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Privileged.run(() -> authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(task.getId()).list().stream()
        .filter(grant -> grant.getUserId() != null && !keep.contains(grant.getUserId()))
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId())));
  }
}
