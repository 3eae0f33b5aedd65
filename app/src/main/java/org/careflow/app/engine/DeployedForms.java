package org.careflow.app.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
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

  /** The keys of the fields a task's form submits; none for a task without a Camunda Form. */
  Set<String> fieldKeys(FormService formService, Task task) {
    return byActivity.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
      try {
        return FormRequirements.fields(formService.getDeployedTaskForm(task.getId()));
      } catch (ProcessEngineException noForm) {
        return List.of();
      }
    }).stream().map(FormRequirements.Field::key).collect(Collectors.toSet());
  }

  List<FormRequirements.Field> ofStart(DelegateExecution execution) {
    return byActivity.computeIfAbsent(execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId(),
        key -> Privileged.call(() -> FormRequirements.fields(
            execution.getProcessEngineServices().getFormService().getDeployedStartForm(execution.getProcessDefinitionId()))));
  }
}
