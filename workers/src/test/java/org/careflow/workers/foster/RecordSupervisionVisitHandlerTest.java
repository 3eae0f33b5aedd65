package org.careflow.workers.foster;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordSupervisionVisitHandlerTest {

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordSupervisionVisitHandler handler = new RecordSupervisionVisitHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void aVisit() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getActivityInstanceId()).thenReturn("Task_SuperviseFosterFamily:ai-8");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("childId")).thenReturn(12L);
    when(task.getVariable("visitDate")).thenReturn("2026-07-02");
  }

  @Test
  void archivesTheVisitOncePerOccurrence() {
    when(task.getVariable("childWellCaredFor")).thenReturn(true);
    when(task.getVariable("supervisionNotes")).thenReturn("New school uniform; homework done.");

    handler.execute(task, service);

    verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "SUPERVISION_VISIT",
        "Visit on 2026-07-02: the child is well cared for. New school uniform; homework done.",
        "FC-2026-000003:SUPERVISION_VISIT:Task_SuperviseFosterFamily:ai-8"));
    verify(service).complete(task);
  }

  @Test
  void aVisitThatDoesNotSayHowTheChildIsCaredForFails() {
    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("childWellCaredFor"), anyString(), eq(2), anyLong());
    verify(records, never()).archive(any());
  }
}
