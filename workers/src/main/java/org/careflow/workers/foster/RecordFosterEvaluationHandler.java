package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Records the evaluation team's assessment of the family, once per evaluation. */
@Component
@HandlesTopic(TOPIC_RECORD_EVALUATION)
public class RecordFosterEvaluationHandler extends TopicHandler {

  private final FosterRecords records;

  public RecordFosterEvaluationHandler(FosterRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    records.recordEvaluation(new FosterRecords.Evaluation(
        task.getBusinessKey(),
        TaskVariables.requiredLong(task, VAR_FAMILY_ID),
        TaskVariables.requiredText(task, VAR_TEAM_LEADER).trim(),
        FosterVariables.requiredListText(task, VAR_TEAM_MEMBERS),
        TaskVariables.flag(task, VAR_EVALUATION_PASSED),
        TaskVariables.text(task, FosterVariables.EVALUATION_REPORT),
        FosterVariables.activityInstance(task)));
    service.complete(task);
  }
}
