package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
 * Records the child's placement with the family, which opens the integration period, and gives
 * the process the dates of its day-60 and day-90 timers.
 */
@Component
@HandlesTopic(TOPIC_RECORD_PLACEMENT)
public class RecordFosterPlacementHandler extends TopicHandler {

  static final String KIND = "PLACED";

  private final FosterRecords records;

  public RecordFosterPlacementHandler(FosterRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
    long familyId = TaskVariables.requiredLong(task, VAR_FAMILY_ID);
    LocalDate placedOn = TaskVariables.requiredDate(task, VAR_PLACEMENT_DATE);
    LocalDate opensOn = placedOn.plusDays(INTEGRATION_OPENS_DAY);
    LocalDate dueOn = placedOn.plusDays(INTEGRATION_DECISION_DAY);
    records.recordPlacement(new FosterRecords.Placement(caseNumber, task.getProcessInstanceId(),
        childId, familyId, placedOn, opensOn, dueOn));
    records.archive(new FosterRecords.GrowthEntry(childId, caseNumber, KIND,
        "Placed with foster family " + familyId + " on " + placedOn + "; integration period until " + dueOn,
        caseNumber + ":" + KIND));
    service.complete(task, Map.of(
        VAR_INTEGRATION_OPENS_ON, startOf(opensOn),
        VAR_INTEGRATION_DECISION_DUE_ON, startOf(dueOn)));
  }

  /** ISO local date-time at the start of the day, as the process's timers read it. */
  static String startOf(LocalDate date) {
    return date.atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }
}
