package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/**
 * Ends the integration period: a successful one makes the placement formal under a foster care
 * agreement, any other ends the attempt with the notes as the family's record of why.
 */
@Component
@HandlesTopic(TOPIC_RECORD_INTEGRATION_OUTCOME)
public class RecordIntegrationOutcomeHandler extends TopicHandler {

  static final String KIND_AGREEMENT = "FOSTER_AGREEMENT";
  static final String KIND_ATTEMPT_ENDED = "ATTEMPT_ENDED";

  private final FosterRecords records;
  private final Clock clock;

  public RecordIntegrationOutcomeHandler(FosterRecords records, WorkerProperties properties, Clock clock) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
    // only a clear yes makes the placement formal
    boolean successful = TaskVariables.flag(task, VAR_INTEGRATION_SUCCESSFUL);
    String notes = TaskVariables.text(task, VAR_INTEGRATION_NOTES);
    LocalDate today = LocalDate.now(clock);
    String kind;
    String entry;
    if (successful) {
      boolean changed = records.formalise(caseNumber, today);
      requireOutcome(changed, caseNumber, FosterRecords.FORMAL);
      kind = KIND_AGREEMENT;
      entry = "Integration period successful; formal foster care under agreement from " + today + ".";
    } else {
      boolean changed = records.endAttempt(caseNumber, today, notes);
      requireOutcome(changed, caseNumber, FosterRecords.ATTEMPT_ENDED);
      kind = KIND_ATTEMPT_ENDED;
      entry = "Integration period unsuccessful; the foster placement attempt ended on " + today + ".";
    }
    records.archive(new FosterRecords.GrowthEntry(childId, caseNumber, kind,
        FosterVariables.withNotes(entry, notes), caseNumber + ":INTEGRATION_OUTCOME"));
    service.complete(task);
  }

  /** Nothing changed: fine on a retry that finds the outcome recorded, an error otherwise. */
  private void requireOutcome(boolean changed, String caseNumber, String outcome) {
    if (changed) {
      return;
    }
    String status = records.placementStatus(caseNumber).orElseThrow(
        () -> new IllegalStateException("Case " + caseNumber + " has no foster placement on record"));
    if (!status.equals(outcome)) {
      throw new IllegalStateException("The foster placement of case " + caseNumber + " is " + status
          + ", not in its integration period; cannot record it as " + outcome);
    }
  }
}
