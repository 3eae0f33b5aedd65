package org.careflow.workers.foster;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordFosterTerminationHandlerTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordFosterTerminationHandler handler = new RecordFosterTerminationHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null),
      Clock.fixed(Instant.parse("2026-09-14T09:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void aRunningPlacement() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("childId")).thenReturn(12L);
  }

  @Test
  void anUnknownGroundIsRejected() {
    when(task.getVariable("placementEnd")).thenReturn("TERMINATED");
    when(task.getVariable("terminationGround")).thenReturn("FAMILY_MOVED_ABROAD");

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("Unknown termination ground 'FAMILY_MOVED_ABROAD'"),
        anyString(), eq(2), eq(1_000L));
    verify(records, never()).terminate(any(), any(), any(), any());
    verify(records, never()).archive(any());
    verify(service, never()).complete(any());
  }

  @Test
  void aKnownGroundTerminatesThePlacementAndIsArchived() {
    when(task.getVariable("placementEnd")).thenReturn("TERMINATED");
    when(task.getVariable("terminationGround")).thenReturn("USING_CHILD_TO_RAISE_MONEY");
    when(task.getVariable("terminationNotes")).thenReturn("Begging at the market on weekends.");
    when(records.terminate("FC-2026-000003", TODAY, "USING_CHILD_TO_RAISE_MONEY",
        "Begging at the market on weekends.")).thenReturn(true);

    handler.execute(task, service);

    verify(records).terminate("FC-2026-000003", TODAY, "USING_CHILD_TO_RAISE_MONEY",
        "Begging at the market on weekends.");
    verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "TERMINATED",
        "Foster relationship terminated on 2026-09-14 because the foster family used the child to raise money."
            + " Begging at the market on weekends.",
        "FC-2026-000003:END"));
    verify(service).complete(task);
  }

  @Test
  void theChildTurning18CompletesThePlacement() {
    when(task.getVariable("placementEnd")).thenReturn("CHILD_TURNED_18");
    when(records.complete("FC-2026-000003", TODAY)).thenReturn(true);

    handler.execute(task, service);

    verify(records, never()).terminate(any(), any(), any(), any());
    verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "COMPLETED",
        "Foster care completed on 2026-09-14: the child turned 18.", "FC-2026-000003:END"));
    verify(service).complete(task);
  }

  @Test
  void aRetryAfterTheTerminationWasRecordedCompletes() {
    when(task.getVariable("placementEnd")).thenReturn("TERMINATED");
    when(task.getVariable("terminationGround")).thenReturn("ABUSE_OR_DISCRIMINATION");
    when(records.placementStatus("FC-2026-000003")).thenReturn(Optional.of("TERMINATED"));

    handler.execute(task, service);

    verify(records).archive(any());
    verify(service).complete(task);
  }

  @Test
  void anUnknownPlacementEndIsRejected() {
    when(task.getVariable("placementEnd")).thenReturn("MOVED");

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("Unknown placement end 'MOVED'"), anyString(), eq(2), anyLong());
    verify(service, never()).complete(any());
  }
}
