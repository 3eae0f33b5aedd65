package org.careflow.workers.foster;

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
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class RecordFosterPlacementHandlerTest {

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordFosterPlacementHandler handler = new RecordFosterPlacementHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void childTwelveWithFamilySeven() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getProcessInstanceId()).thenReturn("pi-3");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("childId")).thenReturn(12.0d);
    when(task.getVariable("familyId")).thenReturn(7L);
  }

  @Test
  void opensTheIntegrationPeriodOnDay60AndDueOnDay90() {
    when(task.getVariable("placementDate")).thenReturn("2026-03-01");

    handler.execute(task, service);

    InOrder order = inOrder(records, service);
    order.verify(records).recordPlacement(new FosterRecords.Placement("FC-2026-000003", "pi-3", 12L, 7L,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 30)));
    order.verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "PLACED",
        "Placed with foster family 7 on 2026-03-01; integration period until 2026-05-30",
        "FC-2026-000003:PLACED"));
    order.verify(service).complete(task, Map.of(
        "integrationOpensOn", "2026-04-30T00:00:00",
        "integrationDecisionDueOn", "2026-05-30T00:00:00"));
  }

  @Test
  void aPlacementWithoutDateFails() {
    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("placementDate"), anyString(), eq(2), anyLong());
    verify(records, never()).recordPlacement(any());
    verify(records, never()).archive(any());
    verify(service, never()).complete(any(), anyMap());
  }
}
