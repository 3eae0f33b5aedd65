package org.careflow.app.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.careflow.contract.Jurisdiction;

/**
 * Every group that may see a case may also read (not work on) its tasks: the township's
 * supervisors see what their villages' child directors have on hand, the county sees it all.
 */
class TaskOversight implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object village = task.getVariable(Jurisdiction.VAR_VILLAGE);
    Object township = task.getVariable(Jurisdiction.VAR_TOWNSHIP);
    Object county = task.getVariable(Jurisdiction.VAR_COUNTY);
    if (village == null || township == null || county == null) {
      return;
    }
    Set<String> candidates = task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .collect(Collectors.toSet());
    var readers = Jurisdiction.groupsThatSee(village.toString(), township.toString(), county.toString()).stream()
        .filter(group -> !candidates.contains(group))
        .toList();
    ReadAccess.grant(task.getProcessEngineServices().getAuthorizationService(), readers, Resources.TASK, task.getId());
  }
}
