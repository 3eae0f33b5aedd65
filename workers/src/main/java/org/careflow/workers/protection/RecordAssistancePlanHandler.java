package org.careflow.workers.protection;

import static org.careflow.contract.ProtectionCase.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Decisions;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Records each measure of the confirmed assistance plan as open work. */
@Component
@HandlesTopic(TOPIC_RECORD_ASSISTANCE_PLAN)
public class RecordAssistancePlanHandler extends TopicHandler {

  private final ProtectionRecords records;

  public RecordAssistancePlanHandler(ProtectionRecords records, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    List<Measure> planned = planned(task);
    for (Measure measure : planned) {
      Integer subsidy = measure == Measure.ORPHAN_ALLOWANCE
          ? CaseVariables.integer(task, Decisions.OUT_MONTHLY_SUBSIDY_YUAN)
          : null;
      records.openMeasure(task.getBusinessKey(), measure, subsidy);
    }
    service.complete(task, Map.of(VAR_ALL_MEASURES_DONE, planned.isEmpty()));
  }

  static List<Measure> planned(ExternalTask task) {
    return Arrays.stream(Measure.values())
        .filter(m -> Boolean.TRUE.equals(task.getVariable(m.variable())))
        .toList();
  }
}
