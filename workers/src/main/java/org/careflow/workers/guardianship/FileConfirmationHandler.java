package org.careflow.workers.guardianship;

import static org.careflow.contract.EntrustedGuardianship.*;
import static org.careflow.workers.TaskVariables.date;
import static org.careflow.workers.TaskVariables.requiredLong;
import static org.careflow.workers.TaskVariables.requiredText;
import static org.careflow.workers.TaskVariables.text;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.guardianship.GuardianshipRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Files the signed confirmation of entrusted guardianship in the child's record. */
@Component
@HandlesTopic(TOPIC_FILE_CONFIRMATION)
public class FileConfirmationHandler extends TopicHandler {

  private final GuardianshipRecords records;

  public FileConfirmationHandler(GuardianshipRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    records.fileConfirmation(new GuardianshipRecords.Confirmation(
        task.getBusinessKey(),
        task.getProcessInstanceId(),
        requiredLong(task, Jurisdiction.VAR_CHILD_ID),
        requiredText(task, VAR_GUARDIAN_NAME),
        requiredText(task, VAR_GUARDIAN_RELATIONSHIP),
        requiredText(task, VAR_GUARDIAN_PHONE),
        date(task, VAR_PARENTS_LEAVE_ON),
        text(task, VAR_PARENTS_DESTINATION),
        date(task, VAR_SIGNED_ON)));
    service.complete(task);
  }
}
