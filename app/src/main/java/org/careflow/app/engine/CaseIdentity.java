package org.careflow.app.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.careflow.contract.Jurisdiction;

/**
 * The variables that fix whose case an instance is and what its decisions concluded: the child,
 * the region codes, and every result a business rule task of its model writes (its result variable
 * and output mappings). Read from the deployed model, so a new decision needs no Java edit.
 */
final class CaseIdentity {

  /** The child and the regions: set by the jurisdiction guard at start, never by a person. */
  static final Set<String> REGION_VARIABLES = Set.of(
      Jurisdiction.VAR_CHILD_ID, Jurisdiction.VAR_VILLAGE, Jurisdiction.VAR_TOWNSHIP, Jurisdiction.VAR_COUNTY);

  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  Set<String> variables(RepositoryService repository, String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId, id -> {
      Set<String> names = new HashSet<>(REGION_VARIABLES);
      for (BusinessRuleTask decision : repository.getBpmnModelInstance(id).getModelElementsByType(BusinessRuleTask.class)) {
        if (decision.getCamundaResultVariable() != null) {
          names.add(decision.getCamundaResultVariable());
        }
        ExtensionElements extensions = decision.getExtensionElements();
        if (extensions != null) {
          extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list().forEach(io ->
              io.getCamundaOutputParameters().stream().map(CamundaOutputParameter::getCamundaName).forEach(names::add));
        }
      }
      return Set.copyOf(names);
    });
  }
}
