package org.careflow.workers.protection;

import static org.careflow.contract.ProtectionCase.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Records a visit to the child as the next in the case's count of visits. */
@Component
@HandlesTopic(TOPIC_RECORD_VISIT)
public class RecordVisitHandler extends TopicHandler {

  private final ProtectionRecords records;

  public RecordVisitHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    Integer visitsMade = CaseVariables.integer(task, CaseVariables.VISITS_MADE);
    int visitNo = (visitsMade == null ? 0 : visitsMade) + 1;
    LocalDate visitDate = TaskVariables.date(task, CaseVariables.VISIT_DATE);
    if (visitDate == null) {
      throw new IllegalStateException("Variable '" + CaseVariables.VISIT_DATE + "' is missing");
    }
    records.recordVisit(new ProtectionRecords.Visit(task.getBusinessKey(), visitNo, visitDate,
        TaskVariables.flag(task, VAR_CHILD_SAFE),
        TaskVariables.flag(task, VAR_PARENTS_REFUSE_GUARDIANSHIP),
        TaskVariables.text(task, CaseVariables.VISIT_NOTES)));
    service.complete(task, Map.of(CaseVariables.VISITS_MADE, visitNo));
  }
}
