package org.careflow.workers.protection;

import static org.careflow.contract.ProtectionCase.*;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Records the police's acknowledgement of the mandatory report. */
@Component
@HandlesTopic(TOPIC_RECORD_POLICE_ACKNOWLEDGEMENT)
public class RecordPoliceAcknowledgementHandler extends TopicHandler {

  private final ProtectionRecords records;

  public RecordPoliceAcknowledgementHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    if (!records.policeNotified(caseNumber)) {
      throw new IllegalStateException("Case " + caseNumber + " has no police notification on record to acknowledge");
    }
    records.acknowledgePolice(caseNumber, TaskVariables.text(task, VAR_POLICE_REFERENCE),
        TaskVariables.date(task, CaseVariables.ACKNOWLEDGED_ON));
    service.complete(task);
  }
}
