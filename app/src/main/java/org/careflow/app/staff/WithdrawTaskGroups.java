package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careflow.app.engine.Privileged;
import org.careflow.contract.DelegateBeans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A certification ended without a new pass: the person leaves their task groups, every task they
 * had claimed goes back to its group for a colleague to take, and the lapse is recorded.
 */
@Component(DelegateBeans.WITHDRAW_TASK_GROUPS)
class WithdrawTaskGroups implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(WithdrawTaskGroups.class);

  private final TaskGroupMembership membership;
  private final JdbcTemplate jdbc;

  WithdrawTaskGroups(TaskGroupMembership membership, JdbcTemplate jdbc) {
    this.membership = membership;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffOnboardingVariables person = StaffOnboardingVariables.of(execution);
    LocalDate validUntil = GrantTaskGroups.localDate((Date) execution.getVariable(VAR_CERTIFIED_UNTIL));
    membership.withdraw(person.userId(), person.role(), person.regionCode());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    int returned = Privileged.call(() -> {
      var assigned = tasks.createTaskQuery().taskAssignee(person.userId()).list();
      assigned.forEach(task -> tasks.setAssignee(task.getId(), null));
      return assigned.size();
    });
    jdbc.update("""
        update careflow.staff_certification set lapsed_on = current_date
        where user_id = ? and valid_until = ? and lapsed_on is null""", person.userId(), validUntil);
    log.info("Training of {} lapsed (certified until {}): task groups withdrawn, {} assigned tasks returned to their groups",
        person.userId(), validUntil, returned);
  }
}
