package org.careflow.app.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The fields of the Camunda Form a task or start event shows. A deployed form never changes, so
 * each is read once per process version and activity.
 */
class DeployedForms {

  private final Map<String, List<FormRequirements.Field>> byActivity = new ConcurrentHashMap<>();

  List<FormRequirements.Field> of(DelegateTask task) {
    return byActivity.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> Privileged.call(() -> FormRequirements.fields(
            task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()))));
  }

  List<FormRequirements.Field> ofStart(DelegateExecution execution) {
    return byActivity.computeIfAbsent(execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId(),
        key -> Privileged.call(() -> FormRequirements.fields(
            execution.getProcessEngineServices().getFormService().getDeployedStartForm(execution.getProcessDefinitionId()))));
  }
}
