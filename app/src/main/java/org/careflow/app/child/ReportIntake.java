package org.careflow.app.child;

import static org.careflow.contract.ProtectionCase.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.careflow.contract.DelegateBeans;
import org.careflow.records.protection.ProtectionRecords;
import org.springframework.stereotype.Component;

/**
 * Listener at the end of a protection case's start events: takes the report's personal data (who
 * reported, their phone, what they saw) out of the case's variables and into the app's records, in
 * the start's transaction. The engine's history never records these variables
 * (PersonalDataOutOfHistory), so once removed here they are in no engine table. It runs after the
 * start form's required-fields check, which reads them; ChildIntake, a start listener of the
 * process, has already held their text to what the records keep (ReportText).
 */
@Component(DelegateBeans.REPORT_INTAKE)
class ReportIntake implements ExecutionListener {

  private static final List<String> REPORT_FIELDS = List.of(VAR_REPORTER_NAME, VAR_REPORTER_PHONE, VAR_SITUATION);

  private final ProtectionRecords records;

  ReportIntake(ProtectionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    records.receiveReport(execution.getProcessInstanceId(), new ProtectionRecords.Report(
        text(execution, VAR_REPORTER_NAME), text(execution, VAR_REPORTER_PHONE), text(execution, VAR_SITUATION)));
    REPORT_FIELDS.forEach(execution::removeVariable);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
