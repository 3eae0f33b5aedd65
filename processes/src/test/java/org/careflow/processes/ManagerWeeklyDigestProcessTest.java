package org.careflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The managers' digest goes out every Monday at 07:00; a failed sending retries, then is an incident. */
@Deployment(resources = "bpmn/manager-weekly-digest.bpmn")
class ManagerWeeklyDigestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  ProcessEngine processEngine;
  final AtomicInteger sendings = new AtomicInteger();

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("weeklyDigestMail", (JavaDelegate) execution -> sendings.incrementAndGet());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void firesEveryMondayAtSevenAndMailsTheDigests() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    Assertions.assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    Assertions.assertThat(due.toLocalTime()).hasToString("07:00");
    Assertions.assertThat(due).isAfter(LocalDateTime.now()).isBefore(LocalDateTime.now().plusDays(7).plusMinutes(1));

    ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 60_000));
    managementService().executeJob(timer.getId());
    Job sending = managementService().createJobQuery().messages().singleResult();
    managementService().executeJob(sending.getId());

    Assertions.assertThat(sendings).hasValue(1);
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    Job next = managementService().createJobQuery().timers().singleResult();
    Assertions.assertThat(next.getDuedate()).isEqualTo(new java.util.Date(timer.getDuedate().getTime() + 7L * 24 * 3600 * 1000));
  }

  @Test
  void aFailedSendingWaitsAndRetriesThenBecomesAnIncident() {
    Mocks.register("weeklyDigestMail", (JavaDelegate) execution -> {
      throw new IllegalStateException("mail server down");
    });
    managementService().executeJob(managementService().createJobQuery().timers().singleResult().getId());
    Job sending = managementService().createJobQuery().messages().singleResult();
    java.util.Date failedAt = new java.util.Date(1_780_000_000_000L);
    ClockUtil.setCurrentTime(failedAt);

    for (int attempt = 5; attempt >= 0; attempt--) {
      Job job = managementService().createJobQuery().jobId(sending.getId()).singleResult();
      Assertions.assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("mail server down");
      Job failed = managementService().createJobQuery().jobId(sending.getId()).singleResult();
      Assertions.assertThat(failed.getRetries()).as("retries left after a failure").isEqualTo(Math.max(attempt - 1, 0));
      if (failed.getRetries() > 0) {
        Assertions.assertThat(failed.getDuedate()).as("the next try waits 30 minutes")
            .isEqualTo(new java.util.Date(failedAt.getTime() + 30 * 60_000L));
      }
    }

    Assertions.assertThat(managementService().createJobQuery().jobId(sending.getId()).singleResult().getRetries()).isZero();
    Assertions.assertThat(runtimeService().createIncidentQuery().singleResult().getActivityId()).isEqualTo("Task_MailManagerDigests");
  }
}
