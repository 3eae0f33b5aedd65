package org.careflow.workers.guardianship;

import static org.careflow.contract.EntrustedGuardianship.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Decisions;
import org.careflow.contract.Jurisdiction;
import org.careflow.contract.ProtectionCase;
import org.careflow.records.guardianship.GuardianshipRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.protection.ProtectionReferrals;
import org.springframework.stereotype.Component;

/**
 * A child who would live alone, with no one to entrust: the referral goes into the child's record
 * and opens a protection case, where a child living alone is reported to the police at once.
 */
@Component
@HandlesTopic(TOPIC_REFER_FOR_PROTECTION)
public class ReferForProtectionHandler extends TopicHandler {

  static final String SOURCE = "ENTRUSTED_GUARDIANSHIP";

  private final GuardianshipRecords records;
  private final ProtectionReferrals referrals;

  public ReferForProtectionHandler(GuardianshipRecords records, ProtectionReferrals referrals, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
    this.referrals = referrals;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    long childId = TaskVariables.requiredLong(task, Jurisdiction.VAR_CHILD_ID);
    String reason = "Child would live alone: parents leave to work and no one can be entrusted. Supervisor: "
        + TaskVariables.text(task, VAR_SUPERVISOR_NOTE);
    records.recordReferral(task.getBusinessKey(), task.getProcessInstanceId(), childId, SOURCE, reason);
    String protectionCase = referrals.openCase(task.getBusinessKey(), Map.of(
        Jurisdiction.VAR_CHILD_ID, childId,
        Jurisdiction.VAR_VILLAGE, TaskVariables.requiredText(task, Jurisdiction.VAR_VILLAGE),
        Decisions.IN_CHILD_LIVING_ALONE, true,
        ProtectionCase.VAR_REPORT_CHANNEL, ProtectionCase.CHANNEL_GUARDIANSHIP_REFERRAL,
        ProtectionCase.VAR_SITUATION, reason,
        ProtectionCase.VAR_REPORTER_NAME, "Township supervisor, entrusted guardianship " + task.getBusinessKey()));
    service.complete(task, Map.of("protectionCaseNumber", protectionCase));
  }
}
