package org.careflow.workers.guardianship;

import static org.careflow.contract.EntrustedGuardianship.*;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/**
 * Records that a child who would live alone is referred for protection. The protection chain
 * picks up referrals from here.
 */
@Component
@HandlesTopic(TOPIC_REFER_FOR_PROTECTION)
public class ReferForProtectionHandler extends TopicHandler {

  static final String SOURCE = "ENTRUSTED_GUARDIANSHIP";

  private final GuardianshipRecords records;

  public ReferForProtectionHandler(GuardianshipRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String reason = "Child would live alone: parents leave to work and no one can be entrusted. Supervisor: "
        + TaskVariables.text(task, VAR_SUPERVISOR_NOTE);
    records.recordReferral(task.getBusinessKey(), task.getProcessInstanceId(),
        TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID), SOURCE, reason);
    service.complete(task);
  }
}
