package org.careflow.workers.protection;

import static org.mockito.Mockito.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.ProtectionCase.Measure;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordMeasureProgressHandlerTest {

  ProtectionRecords records = mock(ProtectionRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordMeasureProgressHandler handler = new RecordMeasureProgressHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void planOfAllowanceAndSchool() {
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
    when(task.getVariable("measureOrphanAllowance")).thenReturn(true);
    when(task.getVariable("measureReturnToSchool")).thenReturn(true);
    when(task.getVariable("measureOrphanAllowanceDone")).thenReturn(true);
    // ticked done but never planned: not a measure of this case
    when(task.getVariable("measurePsychologicalCareDone")).thenReturn(true);
  }

  @Test
  void closesTheDoneMeasureAndReportsTheOpenOne() {
    when(records.openMeasureCount("CP-2026-000007")).thenReturn(1);

    handler.execute(task, service);

    verify(records).completeMeasure("CP-2026-000007", Measure.ORPHAN_ALLOWANCE);
    verify(records, never()).completeMeasure("CP-2026-000007", Measure.RETURN_TO_SCHOOL);
    verify(records, never()).completeMeasure("CP-2026-000007", Measure.PSYCHOLOGICAL_CARE);
    verify(service).complete(task, Map.of("allMeasuresDone", false));
  }

  @Test
  void allDoneOnceNoMeasureIsOpen() {
    when(task.getVariable("measureReturnToSchoolDone")).thenReturn(true);
    when(records.openMeasureCount("CP-2026-000007")).thenReturn(0);

    handler.execute(task, service);

    verify(records).completeMeasure("CP-2026-000007", Measure.RETURN_TO_SCHOOL);
    verify(service).complete(task, Map.of("allMeasuresDone", true));
  }
}
