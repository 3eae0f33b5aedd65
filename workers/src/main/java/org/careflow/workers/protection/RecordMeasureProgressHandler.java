package org.careflow.workers.protection;

import static org.careflow.contract.ProtectionCase.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Marks the planned measures reported done, and tells the process whether any is still open. */
@Component
@HandlesTopic(TOPIC_RECORD_MEASURE_PROGRESS)
public class RecordMeasureProgressHandler extends TopicHandler {

  private final ProtectionRecords records;

  public RecordMeasureProgressHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    for (Measure measure : RecordAssistancePlanHandler.planned(task)) {
      if (Boolean.TRUE.equals(task.getVariable(measure.doneVariable()))) {
        records.completeMeasure(caseNumber, measure);
      }
    }
    service.complete(task, Map.of(VAR_ALL_MEASURES_DONE, records.openMeasureCount(caseNumber) == 0));
  }
}
