package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

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

/** Puts a supervision visit to the foster family into the child's growth archive. */
@Component
@HandlesTopic(TOPIC_RECORD_SUPERVISION_VISIT)
public class RecordSupervisionVisitHandler extends TopicHandler {

  static final String KIND = "SUPERVISION_VISIT";

  private final FosterRecords records;

  public RecordSupervisionVisitHandler(FosterRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
    LocalDate visitDate = TaskVariables.requiredDate(task, FosterVariables.VISIT_DATE);
    boolean wellCaredFor = TaskVariables.requiredFlag(task, FosterVariables.CHILD_WELL_CARED_FOR);
    String entry = "Visit on " + visitDate + ": "
        + (wellCaredFor ? "the child is well cared for." : "the child is not well cared for.");
    // one entry per visit: a retry shares the task's activity instance, the next visit does not
    records.archive(new FosterRecords.GrowthEntry(childId, caseNumber, KIND,
        FosterVariables.withNotes(entry, TaskVariables.text(task, FosterVariables.SUPERVISION_NOTES)),
        caseNumber + ":" + KIND + ":" + FosterVariables.activityInstance(task)));
    service.complete(task);
  }
}
