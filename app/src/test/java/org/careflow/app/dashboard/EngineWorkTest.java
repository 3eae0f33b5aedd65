package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;

/** An engine that cannot answer makes the dashboard fail, instead of showing a case at its first stage. */
class EngineWorkTest {

  private final RuntimeService runtime = mock(RuntimeService.class);
  private final EngineWork work = new EngineWork(mock(HistoryService.class), mock(TaskService.class), runtime);

  @Test
  void anEndedInstanceIsInNoActivity() {
    when(runtime.getActiveActivityIds("ended")).thenThrow(new NullValueException("execution ended doesn't exist"));

    assertThat(work.activeActivities("ended")).isEmpty();
  }

  @Test
  void anyOtherEngineFailureReachesTheDashboard() {
    when(runtime.getActiveActivityIds("running")).thenThrow(new ProcessEngineException("connection refused"));

    assertThatThrownBy(() -> work.activeActivities("running")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("connection refused");
  }
}
