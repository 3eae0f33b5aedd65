package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.junit.jupiter.api.Test;

/**
 * The stage of every case from one query per stage activity; an engine that cannot answer makes the
 * dashboard fail, instead of showing a case at its first stage.
 */
class EngineWorkTest {

  private final RuntimeService runtime = mock(RuntimeService.class);
  private final EngineWork work = new EngineWork(mock(HistoryService.class), mock(TaskService.class), runtime);

  @Test
  void eachInstanceIsInTheStageActivityItsExecutionWaitsAt() {
    ExecutionQuery atEmergency = query(execution("pi-1"), execution("pi-2"));
    ExecutionQuery atAssessment = query(execution("pi-3"));
    ExecutionQuery any = mock(ExecutionQuery.class);
    when(runtime.createExecutionQuery()).thenReturn(any);
    when(any.activityId("CallActivity_EmergencyHandling")).thenReturn(atEmergency);
    when(any.activityId("CallActivity_AssessmentAndAssistance")).thenReturn(atAssessment);

    assertThat(work.instancesIn(List.of("CallActivity_EmergencyHandling", "CallActivity_AssessmentAndAssistance")))
        .containsOnly(
            org.assertj.core.api.Assertions.entry("pi-1", "CallActivity_EmergencyHandling"),
            org.assertj.core.api.Assertions.entry("pi-2", "CallActivity_EmergencyHandling"),
            org.assertj.core.api.Assertions.entry("pi-3", "CallActivity_AssessmentAndAssistance"));
  }

  @Test
  void anyEngineFailureReachesTheDashboard() {
    when(runtime.createExecutionQuery()).thenThrow(new ProcessEngineException("connection refused"));

    assertThatThrownBy(() -> work.instancesIn(List.of("CallActivity_EmergencyHandling")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("connection refused");
  }

  private static ExecutionQuery query(Execution... executions) {
    ExecutionQuery query = mock(ExecutionQuery.class);
    when(query.list()).thenReturn(List.of(executions));
    return query;
  }

  private static Execution execution(String processInstanceId) {
    Execution execution = mock(Execution.class);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    return execution;
  }
}
