package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine removes history past its time-to-live at night only: its clean-up job waits for 23:00. */
class HistoryCleanupWindowTest extends PlatformTest {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;

  @Test
  void theCleanUpIsScheduledForTheNightWindow() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

    var jobs = history.findHistoryCleanupJobs();
    assertThat(jobs).as("the engine schedules its clean-up job when a window is set").isNotEmpty();
    for (Job job : jobs) {
      LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
      boolean inWindow = due.getHour() >= 23 || due.getHour() < 5;
      assertThat(inWindow).as("clean-up due at " + due).isTrue();
    }
  }
}
