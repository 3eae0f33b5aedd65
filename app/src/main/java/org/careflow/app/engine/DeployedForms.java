package org.careflow.app.engine;

import java.util.List;
import java.util.Map;
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

  /** The fields of a task's form by key; none for a task without a Camunda Form. */
  Map<String, FormRequirements.Field> fields(FormService formService, Task task) {
    return byKey(byActivity.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
      try {
        return FormRequirements.fields(formService.getDeployedTaskForm(task.getId()));
      } catch (ProcessEngineException noForm) {
        return List.of();
      }
    }));
  }

  /** The fields of a process's start form by key; none for a process started without a Camunda Form. */
  Map<String, FormRequirements.Field> startFields(FormService formService, String processDefinitionId) {
    return byKey(byActivity.computeIfAbsent(processDefinitionId + "/start-form", key -> {
      try {
        return FormRequirements.fields(formService.getDeployedStartForm(processDefinitionId));
      } catch (ProcessEngineException noForm) {
        return List.of();
      }
    }));
  }

  private static Map<String, FormRequirements.Field> byKey(List<FormRequirements.Field> fields) {
    return fields.stream().collect(Collectors.toMap(FormRequirements.Field::key, field -> field, (first, second) -> first));
  }

  List<FormRequirements.Field> ofStart(DelegateExecution execution) {
    return byActivity.computeIfAbsent(execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId(),
        key -> Privileged.call(() -> FormRequirements.fields(
            execution.getProcessEngineServices().getFormService().getDeployedStartForm(execution.getProcessDefinitionId()))));
  }
}
