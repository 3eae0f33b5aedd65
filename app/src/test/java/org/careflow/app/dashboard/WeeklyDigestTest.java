package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Monday digest reaches each manager of the county once a week, also when the mail server was down. */
class WeeklyDigestTest extends PlatformTest {

  private static final String PROCESS = "manager-weekly-digest";

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDigestWaitsForTheMailServerThenGoesOutOnceToEachManager() throws Exception {
    String subject = "Weekly digest " + WeeklyDigestMail.weekOf(LocalDate.now());
    assertThat(mailsWithSubject(subject)).isEmpty();

    stopMail();
    Job sending;
    try {
      fireTheMondayTimer();
      sending = await().atMost(Duration.ofSeconds(30)).until(this::sendingJob,
          job -> job != null && job.getRetries() < 6 && job.getExceptionMessage() != null);
      assertThat(sending.getExceptionMessage()).as("the failure is on the job, for Cockpit and the dashboard").isNotBlank();
      assertThat(mailsWithSubject(subject)).isEmpty();
    } finally {
      restartMail();
    }

    management.executeJob(sending.getId());
    MimeMessage[] digests = mailsWithSubject(subject, "Qingshan");
    assertThat(digests).hasSize(1);
    assertThat(digests[0].getAllRecipients()[0].toString()).isEqualTo("manager.qingshan@qingshan.example.org");
    String body = digests[0].getContent().toString();
    long newCases = new QingshanRecords(jdbc).casesOpenedSince(java.time.LocalDateTime.now().minusDays(7));
    assertThat(newCases).isPositive();
    assertThat(body).contains("Overdue (").contains("Closed in the last 7 days (").contains("/pages/dashboard");
    java.util.regex.Matcher listedNew = java.util.regex.Pattern.compile("New in the last 7 days \\((\\d+)\\)").matcher(body);
    assertThat(listedNew.find()).isTrue();
    assertThat(Long.parseLong(listedNew.group(1))).isEqualTo(newCases);

    long finishedBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count();
    fireTheMondayTimer();
    await().atMost(Duration.ofSeconds(30)).until(() ->
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count() > finishedBefore);
    assertThat(mailsWithSubject(subject, "Qingshan")).as("one digest a week, however often it runs").hasSize(1);
  }

  private void fireTheMondayTimer() {
    Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private Job sendingJob() {
    return management.createJobQuery().processDefinitionKey(PROCESS).messages().list().stream().findFirst().orElse(null);
  }
}
