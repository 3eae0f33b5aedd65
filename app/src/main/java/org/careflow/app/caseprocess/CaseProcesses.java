package org.careflow.app.caseprocess;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.careflow.app.engine.Privileged;
import org.springframework.stereotype.Component;

/** The declarations of deployed case processes, read from their models once per process definition. */
@Component
public class CaseProcesses {

  private final RepositoryService repository;
  private final Map<String, CaseProcess> byDefinitionId = new ConcurrentHashMap<>();

  CaseProcesses(RepositoryService repository) {
    this.repository = repository;
  }

  public CaseProcess of(String processDefinitionId) {
    // a deployed definition never changes, so its entry never goes stale
    return byDefinitionId.computeIfAbsent(processDefinitionId, id -> Privileged.call(() -> {
      ProcessDefinition definition = repository.getProcessDefinition(id);
      Process process = repository.getBpmnModelInstance(id).getModelElementById(definition.getKey());
      return CaseProcess.of(process);
    }));
  }
}
