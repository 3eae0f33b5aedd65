package org.careflow.workers.foster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RecordFosterEvaluationHandlerTest {

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordFosterEvaluationHandler handler = new RecordFosterEvaluationHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void anEvaluation() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getActivityInstanceId()).thenReturn("ServiceTask_RecordEvaluation:ai-5");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("familyId")).thenReturn(7L);
    when(task.getVariable("teamLeader")).thenReturn("zhao");
  }

  @Test
  void recordsTheEvaluationWithAnAbsentVerdictAsNotPassed() {
    when(task.getVariable("teamMembers")).thenReturn(List.of("qian", "sun"));
    when(task.getVariable("evaluationReport")).thenReturn("Warm home, but cramped.");

    handler.execute(task, service);

    var evaluation = ArgumentCaptor.forClass(FosterRecords.Evaluation.class);
    verify(records).recordEvaluation(evaluation.capture());
    assertThat(evaluation.getValue()).isEqualTo(new FosterRecords.Evaluation("FC-2026-000003", 7L, "zhao",
        "qian, sun", false, "Warm home, but cramped.", "ServiceTask_RecordEvaluation:ai-5"));
    verify(service).complete(task);
  }

  @Test
  void anEvaluationWithoutTeamFails() {
    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("teamMembers"), anyString(), eq(2), anyLong());
    verify(records, never()).recordEvaluation(any());
  }
}
