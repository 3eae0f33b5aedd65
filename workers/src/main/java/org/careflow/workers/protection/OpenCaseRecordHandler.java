package org.careflow.workers.protection;

import static org.careflow.contract.Decisions.*;
import static org.careflow.contract.ProtectionCase.*;
import static org.careflow.workers.TaskVariables.flag;
import static org.careflow.workers.TaskVariables.requiredFlag;

import java.util.Objects;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Opens the case in the child's record with the report and its triage. */
@Component
@HandlesTopic(TOPIC_OPEN_CASE_RECORD)
public class OpenCaseRecordHandler extends TopicHandler {

  private final ProtectionRecords records;

  public OpenCaseRecordHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    records.openCase(new ProtectionRecords.OpenedCase(
        task.getBusinessKey(),
        task.getProcessInstanceId(),
        TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID),
        Objects.requireNonNullElse(TaskVariables.text(task, VAR_REPORT_CHANNEL), CHANNEL_DIRECTOR),
        TaskVariables.text(task, VAR_REPORTER_NAME),
        TaskVariables.text(task, VAR_REPORTER_PHONE),
        TaskVariables.text(task, VAR_SITUATION),
        REPORT_SITUATIONS.stream().filter(situation -> flag(task, situation)).toList(),
        TaskVariables.requiredText(task, OUT_RISK_LEVEL),
        requiredFlag(task, OUT_POLICE_REPORT_REQUIRED)));
    service.complete(task);
  }
}
