package org.careflow.workers.guardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.LocalDate;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.guardianship.GuardianshipRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FileConfirmationHandlerTest {

  GuardianshipRecords records = mock(GuardianshipRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  FileConfirmationHandler handler = new FileConfirmationHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 500L, null));

  @Test
  void filesWhatTheFormsRecordedWhateverShapeTheNumbersAndDatesCameIn() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getBusinessKey()).thenReturn("EG-2026-000001");
    when(task.getVariable("childId")).thenReturn(12.0d);
    when(task.getVariable("guardianName")).thenReturn("Liu Guilan");
    when(task.getVariable("guardianRelationship")).thenReturn("GRANDPARENT");
    when(task.getVariable("guardianPhone")).thenReturn("13900001234");
    when(task.getVariable("parentsLeaveOn")).thenReturn("2026-12-01");
    when(task.getVariable("signedOn")).thenReturn("2026-11-20T00:00:00Z");

    handler.execute(task, service);

    var filed = ArgumentCaptor.forClass(GuardianshipRecords.Confirmation.class);
    verify(records).fileConfirmation(filed.capture());
    assertThat(filed.getValue().childId()).isEqualTo(12L);
    assertThat(filed.getValue().caseNumber()).isEqualTo("EG-2026-000001");
    assertThat(filed.getValue().parentsLeaveOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(filed.getValue().signedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    verify(service).complete(task);
  }

  @Test
  void aMissingGuardianNameIsAFailureNotASilentEmptyRecord() {
    when(task.getVariable("childId")).thenReturn(12L);
    when(task.getRetries()).thenReturn(3);

    handler.execute(task, service);

    verify(records, never()).fileConfirmation(any());
    verify(service).handleFailure(eq(task), contains("guardianName"), anyString(), eq(2), anyLong());
  }
}
