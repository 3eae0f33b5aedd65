package org.careflow.workers.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RecordVisitHandlerTest {

  ProtectionRecords records = mock(ProtectionRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordVisitHandler handler = new RecordVisitHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void aCase() {
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
  }

  @Test
  void numbersTheVisitAfterThoseMadeAndCompletesWithTheNewCount() {
    when(task.getVariable("visitsMade")).thenReturn(2L);
    when(task.getVariable("visitDate")).thenReturn("2026-03-14");
    when(task.getVariable("childSafe")).thenReturn(true);
    when(task.getVariable("visitNotes")).thenReturn("Grandmother now lives with him.");

    handler.execute(task, service);

    var visit = ArgumentCaptor.forClass(ProtectionRecords.Visit.class);
    verify(records).recordVisit(visit.capture());
    assertThat(visit.getValue()).isEqualTo(new ProtectionRecords.Visit(
        "CP-2026-000007", 3, LocalDate.of(2026, 3, 14), true, false, "Grandmother now lives with him."));
    verify(service).complete(task, Map.of("visitsMade", 3));
  }

  @Test
  void theFirstVisitIsNumberOneAndAnUntickedBoxIsFalse() {
    when(task.getVariable("visitDate")).thenReturn("2026-03-14");

    handler.execute(task, service);

    var visit = ArgumentCaptor.forClass(ProtectionRecords.Visit.class);
    verify(records).recordVisit(visit.capture());
    assertThat(visit.getValue().visitNo()).isEqualTo(1);
    assertThat(visit.getValue().childSafe()).isFalse();
    verify(service).complete(task, Map.of("visitsMade", 1));
  }

  @Test
  void aVisitWithoutDateFails() {
    when(task.getVariable("visitsMade")).thenReturn(1);
    when(task.getRetries()).thenReturn(3);

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("visitDate"), anyString(), eq(2), anyLong());
    verify(records, never()).recordVisit(any());
    verify(service, never()).complete(any(), anyMap());
  }
}
