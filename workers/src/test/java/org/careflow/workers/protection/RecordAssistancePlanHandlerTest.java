package org.careflow.workers.protection;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.ProtectionCase.Measure;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordAssistancePlanHandlerTest {

  ProtectionRecords records = mock(ProtectionRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordAssistancePlanHandler handler = new RecordAssistancePlanHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void aCase() {
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
    when(task.getVariable("monthlySubsidyYuan")).thenReturn(300.0d);
  }

  @Test
  void opensOnlyTickedMeasuresWithTheSubsidyOnlyOnTheOrphanAllowance() {
    when(task.getVariable("measureOrphanAllowance")).thenReturn(true);
    when(task.getVariable("measureReturnToSchool")).thenReturn(true);
    when(task.getVariable("measureDisabilitySubsidy")).thenReturn(false);

    handler.execute(task, service);

    verify(records).openMeasure("CP-2026-000007", Measure.ORPHAN_ALLOWANCE, 300);
    verify(records).openMeasure("CP-2026-000007", Measure.RETURN_TO_SCHOOL, null);
    verifyNoMoreInteractions(records);
    verify(service).complete(task, Map.of("allMeasuresDone", false));
  }

  @Test
  void anEmptyPlanHasNothingLeftToDo() {
    handler.execute(task, service);

    verify(records, never()).openMeasure(any(), any(), any());
    verify(service).complete(task, Map.of("allMeasuresDone", true));
  }
}
