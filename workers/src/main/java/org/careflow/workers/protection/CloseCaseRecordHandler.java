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

/** Closes the case in the child's record with the reason it ended. */
@Component
@HandlesTopic(TOPIC_CLOSE_CASE_RECORD)
public class CloseCaseRecordHandler extends TopicHandler {

  private final ProtectionRecords records;

  public CloseCaseRecordHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    records.closeCase(task.getBusinessKey(), TaskVariables.requiredText(task, VAR_CLOSURE_REASON));
    service.complete(task);
  }
}
