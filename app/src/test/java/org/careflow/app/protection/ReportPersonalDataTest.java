package org.careflow.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.DemoChildren;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.careflow.contract.ProtectionCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report's personal data (who reported, their phone, what they saw, a new child's name and birth
 * date) ends up in the app's records and in no engine table, whichever door the report comes
 * through: the hotline API, Tasklist's start form, a REST start, a start message. Asserted on the
 * tables themselves, by the variables' names and by the values' text, with the other variables of
 * the same case still in the history (the history is still level full).
 */
class ReportPersonalDataTest extends PlatformTest {

  private static final Duration WORKERS = Duration.ofSeconds(30);
  private static final String PERSONAL_NAMES = "'" + String.join("','", ProtectionCase.REPORT_PERSONAL_DATA) + "'";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aHotlineReportAboutANewChild() {
    Report report = Report.marked("hotline");
    var answer = new Rest(http, "agency.qingshan").as().postForEntity("/api/hotline/reports", Map.of(
        "newChildName", report.childName(), "newChildBirthDate", "2016-03-04", "villageCode", "lianhua",
        "childLivingAlone", true, "situationDescription", report.situation(),
        "reporterName", report.reporter(), "reporterPhone", report.phone()), Map.class);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);

    assertOnlyInTheRecords((String) answer.getBody().get("processInstanceId"), report);
    assertThat(jdbc.queryForObject("select count(*) from careflow.child where full_name = ? and birth_date = date '2016-03-04'",
        Long.class, report.childName())).as("the new child is registered").isOne();
  }

  @Test
  void aDirectorsReportThroughTasklistsStartForm() throws Exception {
    Report report = Report.marked("tasklist");
    String definition = jdbc.queryForObject("""
        select id_ from act_re_procdef where key_ = 'child-protection-case' order by version_ desc limit 1""", String.class);
    HttpResponse<String> submitted = PageSession.signedIn(port, "director.lianhua").tasklistApi("POST",
        "/process-definition/" + definition + "/submit-form",
        "{\"variables\":{\"childId\":{\"value\":" + DemoChildren.firstOf(jdbc, "lianhua") + ",\"type\":\"Long\"},"
            + "\"villageCode\":{\"value\":\"lianhua\"},\"childMissing\":{\"value\":true},"
            + "\"situationDescription\":{\"value\":\"" + report.situation() + "\"},"
            + "\"reporterName\":{\"value\":\"" + report.reporter() + "\"},"
            + "\"reporterPhone\":{\"value\":\"" + report.phone() + "\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    assertOnlyInTheRecords(jdbc.queryForObject("""
        select proc_inst_id_ from act_hi_procinst where start_user_id_ = 'director.lianhua' order by start_time_ desc limit 1""",
        String.class), report);
  }

  @Test
  void aReportStartedThroughRestAndOneSentAsAStartMessage() {
    Report started = Report.marked("rest-start");
    var start = new Rest(http, "director.lianhua").post("/process-definition/key/child-protection-case/start", Rest.variables(Map.of(
        "childId", DemoChildren.firstOf(jdbc, "lianhua"), "villageCode", "lianhua", "situationDescription", started.situation(),
        "reporterName", started.reporter(), "reporterPhone", started.phone())));
    assertThat(start.getStatusCode()).as(String.valueOf(start.getBody())).isEqualTo(HttpStatus.OK);
    assertOnlyInTheRecords((String) start.getBody().get("id"), started);

    Report message = Report.marked("message");
    // the start message is how the platform's workers refer a case (ProtectionReferrals), as their user
    var correlated = http.withBasicAuth("careflow-worker", "worker-test").exchange("/engine-rest/message", HttpMethod.POST, new HttpEntity<>(Map.of(
        "messageName", ProtectionCase.MESSAGE_REPORT_RECEIVED, "resultEnabled", true,
        "processVariables", Map.of("childId", Map.of("value", DemoChildren.firstOf(jdbc, "lianhua"), "type", "Long"),
            "situationDescription", Map.of("value", message.situation()), "reporterName", Map.of("value", message.reporter()),
            "reporterPhone", Map.of("value", message.phone())))), String.class);
    assertThat(correlated.getStatusCode()).as(correlated.getBody()).isEqualTo(HttpStatus.OK);
    assertOnlyInTheRecords(JsonPath.read(correlated.getBody(), "$[0].processInstance.id"), message);
  }

  @Test
  void aRefusedReportLeavesNoReportBehind() {
    long reportsBefore = jdbc.queryForObject("select count(*) from careflow.protection_report", Long.class);
    Report report = Report.marked("refused");
    var answer = new Rest(http, "agency.qingshan").as().postForEntity("/api/hotline/reports", Map.of(
        "newChildName", report.childName(), "newChildBirthDate", "2016-03-04", "villageCode", "atlantis",
        "situationDescription", report.situation(), "reporterName", report.reporter()), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from careflow.protection_report", Long.class)).isEqualTo(reportsBefore);
    assertThat(jdbc.queryForObject("select count(*) from careflow.protection_case where reporter_name = ?", Long.class,
        report.reporter())).isZero();
  }

  private void assertOnlyInTheRecords(String processInstanceId, Report report) {
    await().atMost(WORKERS).until(() -> jdbc.queryForObject(
        "select count(*) from careflow.protection_case where process_instance_id = ?", Long.class, processInstanceId) == 1);

    assertThat(jdbc.queryForMap("""
        select reporter_name, reporter_phone, situation from careflow.protection_case where process_instance_id = ?""",
        processInstanceId)).as("the case record holds the report")
        .containsEntry("reporter_name", report.reporter()).containsEntry("reporter_phone", report.phone())
        .containsEntry("situation", report.situation());
    assertThat(count("select count(*) from careflow.protection_report where process_instance_id = ?", processInstanceId))
        .as("the received report was moved into the case record").isZero();

    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(count("select count(*) from " + table + " where proc_inst_id_ = ? and name_ in (" + PERSONAL_NAMES + ")",
          processInstanceId)).as(table + ": the personal data's variables").isZero();
      for (String value : List.of(report.marker(), report.phone())) {
        assertThat(count("select count(*) from " + table + " where text_ like ? or text2_ like ?", "%" + value + "%", "%" + value + "%"))
            .as(table + ": the personal data's value " + value).isZero();
      }
    }
    for (String value : List.of(report.marker(), report.phone())) {
      assertThat(count("select count(*) from act_ge_bytearray where position(convert_to(?, 'UTF8') in bytes_) > 0", value))
          .as("act_ge_bytearray: the personal data's value " + value).isZero();
      for (String decisions : List.of("act_hi_dec_in", "act_hi_dec_out")) {
        assertThat(count("select count(*) from " + decisions + " where text_ like ? or text2_ like ?", "%" + value + "%", "%" + value + "%"))
            .as(decisions + ": the personal data's value " + value).isZero();
      }
      assertThat(count("select count(*) from act_hi_op_log where org_value_ like ? or new_value_ like ?", "%" + value + "%", "%" + value + "%"))
          .as("act_hi_op_log: the personal data's value " + value).isZero();
    }
    assertThat(count("select count(*) from act_hi_detail where proc_inst_id_ = ? and type_ = 'FormProperty'", processInstanceId))
        .as("no copy of submitted form fields").isZero();

    assertThat(count("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ = 'childId'", processInstanceId))
        .as("the case's other variables keep their history").isOne();
    assertThat(count("select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ = 'riskLevel'", processInstanceId))
        .as("and their every write").isPositive();
  }

  private long count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Long.class, arguments);
  }


  /** A report whose every value carries one marker, so that a copy anywhere is found by its text. */
  private record Report(String marker, String childName, String situation, String reporter, String phone) {

    static Report marked(String door) {
      String marker = "PD" + UUID.randomUUID().toString().substring(0, 8);
      String phone = "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
      return new Report(marker, "测试儿童" + marker, "独自在家 " + door + " " + marker, "报告人" + marker, phone);
    }
  }
}
