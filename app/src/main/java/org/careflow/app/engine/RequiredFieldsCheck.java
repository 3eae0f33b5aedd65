package org.careflow.app.engine;

import org.careflow.app.language.Phrase;
import java.util.List;
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

  private final DeployedForms forms;

  RequiredFieldsCheck(DeployedForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task, Phrase.of("refusal.action.complete-task", task.getName()), forms.of(task));
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processName = Privileged.call(() -> execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getName());
    check(execution, Phrase.of("refusal.action.start-process", processName), forms.ofStart(execution));
  }

  private static void check(VariableScope variables, Phrase action, List<FormRequirements.Field> fields) {
    List<String> missing = fields.stream()
        .filter(FormRequirements.Field::required)
        .filter(field -> !field.isSatisfiedBy(variables.getVariable(field.key())))
        .map(field -> field.label() + " (" + field.key() + ")")
        .toList();
    if (!missing.isEmpty()) {
      throw new RefusedInput(missing.size() > 1 ? "refusal.required.many" : "refusal.required.one", action,
          Phrase.joined("refusal.list.comma", missing));
    }
  }
}
