package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Monday digest reaches each manager of the county once a week, also when the mail server was down. */
class WeeklyDigestTest extends PlatformTest {

  private static final String PROCESS = org.careflow.contract.WeeklyDigest.PROCESS_KEY;

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDigestWaitsForTheMailServerThenGoesOutOnceToEachManager() throws Exception {
    LocalDate today = LocalDate.now();
    String week = today.get(IsoFields.WEEK_BASED_YEAR) + "年第" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
    String subject = "【每周简报】";
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
    MimeMessage[] digests = mailsWithSubject(subject, "青山县", week);
    assertThat(digests).hasSize(1);
    assertThat(digests[0].getAllRecipients()[0].toString()).isEqualTo("manager.qingshan@qingshan.example.org");
    String body = digests[0].getContent().toString();
    long newCases = new QingshanRecords(jdbc).casesOpenedSince(java.time.LocalDateTime.now().minusDays(7));
    assertThat(newCases).isPositive();
    assertThat(digests[0].getSubject()).matches("【每周简报】.*青山县.* " + week + "：逾期 \\d+ 项，新增 " + newCases + " 件，结案 \\d+ 件");
    String from = today.minusDays(7).getYear() + "年" + today.minusDays(7).getMonthValue() + "月" + today.minusDays(7).getDayOfMonth() + "日";
    assertThat(body).contains(week + "（" + from + "至").contains("逾期未办（").contains("近7天结案（").contains("/pages/dashboard");
    java.util.regex.Matcher listedNew = java.util.regex.Pattern.compile("近7天新增（(\\d+)）：").matcher(body);
    assertThat(listedNew.find()).isTrue();
    assertThat(Long.parseLong(listedNew.group(1))).isEqualTo(newCases);

    long finishedBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count();
    fireTheMondayTimer();
    await().atMost(Duration.ofSeconds(30)).until(() ->
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count() > finishedBefore);
    assertThat(mailsWithSubject(subject, "青山县", week)).as("one digest a week, however often it runs").hasSize(1);
  }

  private void fireTheMondayTimer() {
    Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private Job sendingJob() {
    return management.createJobQuery().processDefinitionKey(PROCESS).messages().list().stream().findFirst().orElse(null);
  }
}
