package org.careflow.workers.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Opening, police acknowledgement and closing of the case record. */
class CaseRecordHandlersTest {

  ProtectionRecords records = mock(ProtectionRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  WorkerProperties properties = new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null);

  @BeforeEach
  void aCase() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
    when(task.getRetries()).thenReturn(3);
  }

  @Test
  void opensTheCaseFromADirectorsReportWithUntickedBoxesFalse() {
    when(task.getVariable("childId")).thenReturn(12.0d);
    when(task.getVariable("childMissing")).thenReturn(true);
    when(task.getVariable("riskLevel")).thenReturn("HIGH");
    when(task.getVariable("policeReportRequired")).thenReturn(true);

    new OpenCaseRecordHandler(records, properties).execute(task, service);

    var opened = ArgumentCaptor.forClass(ProtectionRecords.OpenedCase.class);
    verify(records).openCase(opened.capture());
    assertThat(opened.getValue()).isEqualTo(new ProtectionRecords.OpenedCase("CP-2026-000007", "pi-1", 12L,
        "DIRECTOR", null, null, null, List.of("childMissing"), "HIGH", true));
    verify(service).complete(task);
  }

  @Test
  void aCaseWithoutTriageOutcomeIsNotOpened() {
    when(task.getVariable("childId")).thenReturn(12L);
    when(task.getVariable("riskLevel")).thenReturn("HIGH");

    new OpenCaseRecordHandler(records, properties).execute(task, service);

    verify(service).handleFailure(eq(task), contains("policeReportRequired"), anyString(), eq(2), anyLong());
    verify(records, never()).openCase(any());
  }

  @Test
  void recordsThePoliceAcknowledgement() {
    when(records.policeNotified("CP-2026-000007")).thenReturn(true);
    when(task.getVariable("policeReference")).thenReturn("QS-2026-0412");
    when(task.getVariable("acknowledgedOn")).thenReturn("2026-03-02");

    new RecordPoliceAcknowledgementHandler(records, properties).execute(task, service);

    verify(records).acknowledgePolice("CP-2026-000007", "QS-2026-0412", LocalDate.of(2026, 3, 2));
    verify(service).complete(task);
  }

  @Test
  void anAcknowledgementWithoutNotificationOnRecordFails() {
    when(records.policeNotified("CP-2026-000007")).thenReturn(false);

    new RecordPoliceAcknowledgementHandler(records, properties).execute(task, service);

    verify(service).handleFailure(eq(task), contains("no police notification"), anyString(), eq(2), anyLong());
    verify(records, never()).acknowledgePolice(any(), any(), any());
  }

  @Test
  void closesTheCaseWithItsReason() {
    when(task.getVariable("closureReason")).thenReturn("CHILD_TURNED_18");

    new CloseCaseRecordHandler(records, properties).execute(task, service);

    verify(records).closeCase("CP-2026-000007", "CHILD_TURNED_18");
    verify(service).complete(task);
  }
}
