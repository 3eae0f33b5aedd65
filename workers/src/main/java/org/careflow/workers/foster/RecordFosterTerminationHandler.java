package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * Ends a running foster placement: terminated on one of the standard's six grounds, or completed
 * because the child turned 18.
 */
@Component
@HandlesTopic(TOPIC_RECORD_TERMINATION)
public class RecordFosterTerminationHandler extends TopicHandler {

  private final FosterRecords records;
  private final Clock clock;

  public RecordFosterTerminationHandler(FosterRecords records, WorkerProperties properties, Clock clock) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
    this.clock = clock;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    String end = TaskVariables.requiredText(task, FosterVariables.PLACEMENT_END).trim();
    LocalDate today = LocalDate.now(clock);
    if (FosterVariables.END_TERMINATED.equals(end)) {
      TerminationGround ground = FosterVariables.ground(TaskVariables.requiredText(task, VAR_TERMINATION_GROUND));
      long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
      String notes = TaskVariables.text(task, VAR_TERMINATION_NOTES);
      boolean changed = records.terminate(caseNumber, today, ground.name(), notes);
      requireEnded(changed, caseNumber, FosterRecords.TERMINATED);
      archive(childId, caseNumber, FosterRecords.TERMINATED, FosterVariables.withNotes(
          "Foster relationship terminated on " + today + " because " + FosterVariables.words(ground) + ".", notes));
    } else if (FosterVariables.END_CHILD_TURNED_18.equals(end)) {
      long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
      boolean changed = records.complete(caseNumber, today);
      requireEnded(changed, caseNumber, FosterRecords.COMPLETED);
      archive(childId, caseNumber, FosterRecords.COMPLETED,
          "Foster care completed on " + today + ": the child turned 18.");
    } else {
      throw new IllegalArgumentException("Unknown placement end '" + end + "'; expected "
          + List.of(FosterVariables.END_TERMINATED, FosterVariables.END_CHILD_TURNED_18));
    }
    service.complete(task);
  }

  private void archive(long childId, String caseNumber, String kind, String entry) {
    records.archive(new FosterRecords.GrowthEntry(childId, caseNumber, kind, entry, caseNumber + ":END"));
  }

  /** Nothing changed: fine on a retry that finds the placement so ended, an error otherwise. */
  private void requireEnded(boolean changed, String caseNumber, String status) {
    if (changed) {
      return;
    }
    String current = records.placementStatus(caseNumber).orElseThrow(
        () -> new IllegalStateException("Case " + caseNumber + " has no foster placement on record"));
    if (!current.equals(status)) {
      throw new IllegalStateException("The foster placement of case " + caseNumber + " is " + current
          + ", not running; cannot record it as " + status);
    }
  }
}
