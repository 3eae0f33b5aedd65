package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careflow.contract.DelegateBeans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A passed assessment: the person gets their role's task groups (back) and the certification is
 * recorded, valid until the date the process set. Runs in the transaction of the completed assessment.
 */
@Component(DelegateBeans.GRANT_TASK_GROUPS)
class GrantTaskGroups implements JavaDelegate {

  private final TaskGroupMembership membership;
  private final JdbcTemplate jdbc;

  GrantTaskGroups(TaskGroupMembership membership, JdbcTemplate jdbc) {
    this.membership = membership;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffOnboardingVariables person = StaffOnboardingVariables.of(execution);
    LocalDate validUntil = localDate((Date) execution.getVariable(VAR_CERTIFIED_UNTIL));
    long score = ((Number) execution.getVariable(VAR_ASSESSMENT_SCORE)).longValue();
    membership.grant(person.userId(), person.role(), person.regionCode());
    jdbc.update("""
        insert into careflow.staff_certification (user_id, certified_on, valid_until, score, process_instance_id)
        values (?, ?, ?, ?, ?)""",
        person.userId(), validUntil.minusYears(CERTIFICATION_VALID_YEARS), validUntil, score, execution.getProcessInstanceId());
  }

  static LocalDate localDate(Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
