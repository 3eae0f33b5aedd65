package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/**
 * Registers the proposed foster family, or updates the facts of a family registered before, and
 * gives the family eligibility decision the children it cares for now.
 */
@Component
@HandlesTopic(TOPIC_REGISTER_FOSTER_FAMILY)
public class RegisterFosterFamilyHandler extends TopicHandler {

  private final FosterRecords records;

  public RegisterFosterFamilyHandler(FosterRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    int otherChildrenUnder6 = FosterVariables.childrenUnder6(
        FosterVariables.listText(task, FosterVariables.OTHER_CHILDREN_AGES));
    String village = TaskVariables.text(task, FosterVariables.FAMILY_VILLAGE_CODE);
    long familyId = records.registerFamily(new FosterRecords.Family(
        TaskVariables.requiredText(task, FosterVariables.FAMILY_NAME).trim(),
        TaskVariables.requiredText(task, FosterVariables.ADDRESS).trim(),
        village == null || village.isBlank() ? null : village.trim(),
        TaskVariables.flag(task, IN_MEMBER_WITH_MENTAL_ILLNESS),
        TaskVariables.flag(task, IN_MEMBER_WITH_BAD_HABITS_OR_CRIMINAL_RECORD),
        TaskVariables.flag(task, IN_FAMILY_HARMONIOUS),
        TaskVariables.flag(task, IN_ALL_MEMBERS_AGREE),
        otherChildrenUnder6));
    int currentFosterChildren = records.currentFosterChildren(familyId);
    service.complete(task, Map.of(
        VAR_FAMILY_ID, familyId,
        IN_CURRENT_FOSTER_CHILDREN, currentFosterChildren,
        IN_OTHER_CHILDREN_UNDER_6, otherChildrenUnder6));
  }
}
