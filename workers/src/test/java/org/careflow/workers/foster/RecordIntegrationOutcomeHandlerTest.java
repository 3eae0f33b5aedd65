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

class RecordIntegrationOutcomeHandlerTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RecordIntegrationOutcomeHandler handler = new RecordIntegrationOutcomeHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null),
      Clock.fixed(Instant.parse("2026-05-20T09:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void placementInIntegration() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("childId")).thenReturn(12L);
  }

  @Test
  void aSuccessfulIntegrationMakesThePlacementFormal() {
    when(task.getVariable("integrationSuccessful")).thenReturn(true);
    when(task.getVariable("integrationNotes")).thenReturn("Settled in well at school.");
    when(records.formalise("FC-2026-000003", TODAY)).thenReturn(true);

    handler.execute(task, service);

    verify(records).formalise("FC-2026-000003", TODAY);
    verify(records, never()).endAttempt(any(), any(), any());
    verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "FOSTER_AGREEMENT",
        "Integration period successful; formal foster care under agreement from 2026-05-20. Settled in well at school.",
        "FC-2026-000003:INTEGRATION_OUTCOME"));
    verify(service).complete(task);
  }

  @Test
  void anUnsuccessfulIntegrationEndsTheAttemptWithTheNotesAsReason() {
    when(task.getVariable("integrationSuccessful")).thenReturn(false);
    when(task.getVariable("integrationNotes")).thenReturn("The child could not settle with the younger children.");
    when(records.endAttempt("FC-2026-000003", TODAY, "The child could not settle with the younger children."))
        .thenReturn(true);

    handler.execute(task, service);

    verify(records).endAttempt("FC-2026-000003", TODAY, "The child could not settle with the younger children.");
    verify(records, never()).formalise(any(), any());
    verify(records).archive(new FosterRecords.GrowthEntry(12L, "FC-2026-000003", "ATTEMPT_ENDED",
        "Integration period unsuccessful; the foster placement attempt ended on 2026-05-20."
            + " The child could not settle with the younger children.",
        "FC-2026-000003:INTEGRATION_OUTCOME"));
    verify(service).complete(task);
  }

  @Test
  void aRetryAfterTheOutcomeWasRecordedStillArchivesAndCompletes() {
    when(task.getVariable("integrationSuccessful")).thenReturn("true");
    when(records.formalise(any(), any())).thenReturn(false);
    when(records.placementStatus("FC-2026-000003")).thenReturn(Optional.of("FORMAL"));

    handler.execute(task, service);

    verify(records).archive(any());
    verify(service).complete(task);
  }

  @Test
  void aPlacementNoLongerInIntegrationFails() {
    when(task.getVariable("integrationSuccessful")).thenReturn(true);
    when(records.formalise(any(), any())).thenReturn(false);
    when(records.placementStatus("FC-2026-000003")).thenReturn(Optional.of("TERMINATED"));

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("is TERMINATED"), anyString(), eq(2), anyLong());
    verify(records, never()).archive(any());
    verify(service, never()).complete(any());
  }
}
