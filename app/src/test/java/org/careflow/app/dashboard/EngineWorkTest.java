package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.NativeExecutionQuery;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stage of every case from one query per stage activity; an engine that cannot answer makes the
 * dashboard fail, instead of showing a case at its first stage.
 */
class EngineWorkTest {

  private final RuntimeService runtime = mock(RuntimeService.class);
  private final ManagementService management = mock(ManagementService.class);
  private final EngineWork work = new EngineWork(mock(HistoryService.class), mock(TaskService.class), runtime, management,
      mock(JdbcTemplate.class));

  @Test
  void eachInstanceIsInTheStageActivityItsExecutionWaitsAt() {
    when(management.getTableName(Execution.class)).thenReturn("ACT_RU_EXECUTION");
    Map<String, List<Execution>> at = Map.of(
        "CallActivity_EmergencyHandling", List.of(execution("pi-1"), execution("pi-2")),
        "CallActivity_AssessmentAndAssistance", List.of(execution("pi-3")));
    when(runtime.createNativeExecutionQuery()).thenAnswer(call -> query(at));

    assertThat(work.instancesIn("qingshan", List.of("CallActivity_EmergencyHandling", "CallActivity_AssessmentAndAssistance")))
        .containsOnly(
            org.assertj.core.api.Assertions.entry("pi-1", "CallActivity_EmergencyHandling"),
            org.assertj.core.api.Assertions.entry("pi-2", "CallActivity_EmergencyHandling"),
            org.assertj.core.api.Assertions.entry("pi-3", "CallActivity_AssessmentAndAssistance"));
  }

  @Test
  void anyEngineFailureReachesTheDashboard() {
    when(runtime.createNativeExecutionQuery()).thenThrow(new ProcessEngineException("connection refused"));

    assertThatThrownBy(() -> work.instancesIn("qingshan", List.of("CallActivity_EmergencyHandling")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("connection refused");
  }

  /** A native query that answers with the executions at the activity it was given, of county qingshan only. */
  private static NativeExecutionQuery query(Map<String, List<Execution>> at) {
    Map<String, Object> parameters = new HashMap<>();
    NativeExecutionQuery query = mock(NativeExecutionQuery.class, RETURNS_SELF);
    when(query.parameter(anyString(), org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
      parameters.put(call.getArgument(0), call.getArgument(1));
      return query;
    });
    when(query.list()).thenAnswer(call -> "qingshan".equals(parameters.get("county"))
        ? at.getOrDefault((String) parameters.get("activityId"), List.of()) : List.of());
    return query;
  }

  private static Execution execution(String processInstanceId) {
    Execution execution = mock(Execution.class);
    when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    return execution;
  }
}
