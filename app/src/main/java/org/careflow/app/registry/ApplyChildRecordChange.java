package org.careflow.app.registry;

import static org.careflow.contract.ChildRecordUpdate.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careflow.contract.DelegateBeans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies a verified change to the child's record and notes in the record's history which parts
 * changed, who proposed and who verified. Runs in the transaction of the supervisor's approval.
 */
@Component(DelegateBeans.APPLY_CHILD_RECORD_CHANGE)
class ApplyChildRecordChange implements JavaDelegate {

  private static final Map<String, String> COLUMNS = Map.of(
      VAR_HOUSEHOLD_REGISTRATION, "household_registration",
      VAR_CATEGORY, "category",
      VAR_DISABILITY, "disability",
      VAR_SCHOOL_STATUS, "school_status",
      VAR_GUARDIANS, "guardians");

  private final ChildRecords records;
  private final IdNumberProtection idNumbers;
  private final DuplicateChildren duplicates;
  private final JdbcTemplate jdbc;

  ApplyChildRecordChange(ChildRecords records, IdNumberProtection idNumbers, DuplicateChildren duplicates, JdbcTemplate jdbc) {
    this.records = records;
    this.idNumbers = idNumbers;
    this.duplicates = duplicates;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long childId = ChildRecordChangeCheck.childId(execution);
    var verifier = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Map<String, Object> columns = new LinkedHashMap<>();
    List<String> parts = new ArrayList<>();
    COLUMNS.forEach((variable, column) -> {
      String value = ChildRecordChangeCheck.text(execution, variable);
      if (value != null) {
        columns.put(column, value);
        parts.add(column);
      }
    });
    String cipher = ChildRecordChangeCheck.text(execution, VAR_ID_NUMBER_CIPHER);
    if (cipher != null) {
      String hash = idNumbers.hash(idNumbers.decrypt(cipher));
      // another record may have been given this number while the change waited for verification
      duplicates.refuseIdNumberOf(hash, childId, verifier);
      columns.put("id_number_cipher", cipher);
      columns.put("id_number_hash", hash);
      parts.add("id_number");
    }
    records.update(childId, columns);
    jdbc.update("""
        insert into careflow.child_record_change (child_id, case_number, changed_parts, proposed_by, verified_by)
        values (?, ?, ?, ?, ?)""",
        childId, execution.getProcessBusinessKey(), String.join(", ", parts),
        execution.getVariable(VAR_PROPOSED_BY), verifier == null ? null : verifier.getUserId());
  }
}
