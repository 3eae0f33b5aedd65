package org.careflow.app.staff;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.careflow.app.engine.Privileged;
import org.springframework.stereotype.Component;

/**
 * How many of the tasks a person completed had a due date, and how many of those they completed by
 * it. Read from engine history (the task's assignee when it ended), so it covers what history
 * clean-up has not yet removed. The caller has checked who may see this.
 */
@Component
class DeadlinesKept {

  record Deadlines(long met, long missed) {
    long total() {
      return met + missed;
    }

    Integer metPercent() {
      return total() == 0 ? null : (int) Math.round(100.0 * met / total());
    }
  }

  private final HistoryService history;
  private final IdentityService identity;

  DeadlinesKept(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  Deadlines of(String userId) {
    return Privileged.asPlatform(identity, () -> {
      long met = 0;
      long missed = 0;
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(userId).finished().list()) {
        // a task the process cancelled (a timer, a closure) was neither met nor missed
        if (task.getDueDate() == null || !"completed".equals(task.getDeleteReason())) {
          continue;
        }
        if (task.getEndTime().after(task.getDueDate())) {
          missed++;
        } else {
          met++;
        }
      }
      return new Deadlines(met, missed);
    });
  }
}
