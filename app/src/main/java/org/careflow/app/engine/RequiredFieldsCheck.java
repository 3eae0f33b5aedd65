package org.careflow.app.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Refuses to start a process or complete a task when a field its Camunda Form marks as required
 * has no value. Tasklist checks the same in the browser; this closes the REST door.
 */
class RequiredFieldsCheck implements TaskListener, ExecutionListener {

  private final Map<String, List<FormRequirements.RequiredField>> formsByActivity = new ConcurrentHashMap<>();

  @Override
  public void notify(DelegateTask task) {
    String cacheKey = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
    check(task, "complete '" + task.getName() + "'", cacheKey,
        () -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
  }

  @Override
  public void notify(DelegateExecution execution) {
    String cacheKey = execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId();
    String processName = Privileged.call(() -> execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getName());
    check(execution, "start '" + processName + "'", cacheKey,
        () -> execution.getProcessEngineServices().getFormService().getDeployedStartForm(execution.getProcessDefinitionId()));
  }

  private void check(VariableScope variables, String action, String cacheKey, Supplier<InputStream> form) {
    List<FormRequirements.RequiredField> required = formsByActivity.computeIfAbsent(cacheKey,
        key -> Privileged.call(() -> FormRequirements.requiredFields(form.get())));
    List<String> missing = required.stream()
        .filter(field -> !field.isSatisfiedBy(variables.getVariable(field.key())))
        .map(field -> field.label() + " (" + field.key() + ")")
        .toList();
    if (!missing.isEmpty()) {
      throw new RefusedInput("Cannot " + action + ": required field" + (missing.size() > 1 ? "s" : "")
          + " missing: " + String.join(", ", missing));
    }
  }
}
