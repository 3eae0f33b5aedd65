package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careflow.contract.ProtectionCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Careless or hostile input through the app's API and pages: a clear 4xx, and nothing written. */
class BadInputTest extends PlatformTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aHotlineReportBeyondTheRecordsLimitsIsRefusedBeforeAnythingStarts() {
    Rest agency = new Rest(http, "agency.qingshan");
    long cases = jdbc.queryForObject("select count(*) from careflow.child_case", Long.class);
    for (Map<String, Object> report : reportsBeyondTheLimits()) {
      var answer = agency.as().postForEntity("/api/hotline/reports", report, Map.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("message").toString()).contains("at most");
    }
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case", Long.class)).isEqualTo(cases);
  }

  @Test
  void theSameReportsThroughTheEnginesDoorsAreRefusedToo() {
    Rest director = new Rest(http, "director.lianhua");
    Rest admin = new Rest(http, "admin");
    long cases = jdbc.queryForObject("select count(*) from careflow.child_case", Long.class);
    long instances = jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
    for (Map<String, Object> report : reportsBeyondTheLimits()) {
      // a director's start (the start form's limits), and a start message, which only an administrator may send
      var started = director.post("/process-definition/key/" + ProtectionCase.PROCESS_KEY + "/start", Rest.variables(report));
      var messaged = admin.post("/message", Map.of("messageName", ProtectionCase.MESSAGE_REPORT_RECEIVED,
          "processVariables", Rest.variables(report).get("variables")));
      for (var answer : List.of(started, messaged)) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(answer.getBody().get("message"))).containsAnyOf("at most", "longer than", "characters");
      }
    }
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case", Long.class)).isEqualTo(cases);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)).isEqualTo(instances);
  }

  private List<Map<String, Object>> reportsBeyondTheLimits() {
    long child = DemoChildren.firstOf(jdbc, "lianhua");
    return List.of(
        Map.of("childId", child, "situationDescription", "x", "reporterName", "x", "reporterPhone", "1".repeat(31)),
        Map.of("childId", child, "situationDescription", "x", "reporterName", "x".repeat(101)),
        Map.of("childId", child, "situationDescription", "x".repeat(4001), "reporterName", "x"),
        Map.of("newChildName", "x".repeat(101), "newChildBirthDate", "2015-01-01", "villageCode", "lianhua",
            "situationDescription", "x", "reporterName", "x"));
  }

  @Test
  void namesWithControlCharactersLineBreaksOrDirectionMarksAreRefusedOnEveryApi() {
    Rest agency = new Rest(http, "agency.qingshan");
    long child = DemoChildren.firstOf(jdbc, "lianhua");
    long cases = jdbc.queryForObject("select count(*) from careflow.child_case", Long.class);
    long children = jdbc.queryForObject("select count(*) from careflow.child", Long.class);
    Map<String, String> refused = Map.of(
        "Wang\u0000Fang", "U+0000", "Wang\nFang", "line break", "=HYPERLINK(\"x\")\r\nWang", "line break",
        "\u202Egnaw", "U+202E", "Wang\u2066Fang", "U+2066");
    for (var name : refused.entrySet()) {
      var report = agency.as().postForEntity("/api/hotline/reports", Map.of("childId", child, "situationDescription",
          "Seen alone", "reporterName", name.getKey()), Map.class);
      assertThat(report.getStatusCode()).as(name.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(report.getBody().get("message").toString()).contains("reporterName", name.getValue());
      var newChild = agency.as().postForEntity("/api/hotline/reports", Map.of("newChildName", name.getKey(),
          "newChildBirthDate", "2015-01-01", "villageCode", "lianhua", "situationDescription", "x", "reporterName", "x"), Map.class);
      assertThat(newChild.getStatusCode()).as(name.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
      var registered = new Rest(http, "director.lianhua").as().postForEntity("/api/children", Map.of("fullName", name.getKey(),
          "birthDate", "2015-01-01", "villageCode", "lianhua", "category", "LEFT_BEHIND"), Map.class);
      assertThat(registered.getStatusCode()).as(name.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(registered.getBody().get("message").toString()).contains("full name", name.getValue());
    }
    // a control character at either end is refused too, not trimmed away (trim() strips everything up to U+0020)
    for (var edge : Map.of("fullName", "\rWang Fang", "guardians", "\bIJ", "villageCode", "lianhua\u0007").entrySet()) {
      Map<String, Object> form = new java.util.HashMap<>(Map.of("fullName", "Wang Fang", "birthDate", "2015-01-01",
          "villageCode", "lianhua", "category", "LEFT_BEHIND", "householdRegistration", "REGISTERED",
          "schoolStatus", "IN_SCHOOL", "disability", "NONE"));
      form.put(edge.getKey(), edge.getValue());
      var registered = new Rest(http, "director.lianhua").as().postForEntity("/api/children", form, Map.class);
      assertThat(registered.getStatusCode()).as(edge.getKey() + ": " + registered.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    var noteWithNul = agency.as().postForEntity("/api/hotline/reports", Map.of("childId", child, "situationDescription",
        "Seen alone\u0000", "reporterName", "Li"), Map.class);
    assertThat(noteWithNul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case", Long.class)).isEqualTo(cases);
    assertThat(jdbc.queryForObject("select count(*) from careflow.child", Long.class)).isEqualTo(children);
  }

  @Test
  void aVisitBeforeTheChildWasBornOrWithEndlessNotesIsRefused() {
    Map<String, Object> open = jdbc.queryForMap("""
        select p.case_number, c.village_code from careflow.protection_case p join careflow.child c on c.id = p.child_id
        where p.closed_at is null order by p.case_number limit 1""");
    String caseNumber = (String) open.get("case_number");
    Rest director = new Rest(http, "director." + open.get("village_code"));
    long visits = jdbc.queryForObject("select count(*) from careflow.visit", Long.class);

    var ancient = director.as().postForEntity("/api/cases/" + caseNumber + "/visits",
        Map.of("visitDate", "1800-01-01", "childSafe", true, "notes", "seen"), Map.class);
    assertThat(ancient.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ancient.getBody().get("message").toString()).contains("before the child was born");
    var endless = director.as().postForEntity("/api/cases/" + caseNumber + "/visits",
        Map.of("visitDate", java.time.LocalDate.now().toString(), "childSafe", true, "notes", "x".repeat(100_000)), Map.class);
    assertThat(endless.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(endless.getBody().get("message").toString()).contains("at most 4000");

    assertThat(jdbc.queryForObject("select count(*) from careflow.visit", Long.class)).isEqualTo(visits);
  }

  @Test
  void percentAndUnderscoreInASearchAreLettersNotWildcards() {
    Rest director = new Rest(http, "director.lianhua");
    assertThat(director.as().getForObject("/api/children?q={q}", List.class, "刘")).as("a real search finds").isNotEmpty();
    assertThat(director.as().getForObject("/api/children?q=%25", List.class)).isEmpty();
    assertThat(director.as().getForObject("/api/children?q=_", List.class)).isEmpty();
    assertThat(director.as().getForObject("/api/children?q=L_u", List.class)).isEmpty();
  }

  @Test
  void aSignInWithATwistedNextLeadsHomeInsteadOfFailing() {
    for (String next : List.of("/pages/../..//x", "/pages/..%2F..%2F/x", "/pages//evil.example", "/pagesevil", "/pages\\x")) {
      PageSession browser = new PageSession(port);
      var answer = browser.post("/pages/login", Map.of("username", "director.lianhua", "password", Rest.PASSWORD, "next", next));
      assertThat(answer.statusCode()).as(next).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElseThrow()).as(next).endsWith("/pages");
      assertThat(browser.get("/pages").statusCode()).as("signed in after " + next).isEqualTo(200);
    }
    var deep = new PageSession(port).post("/pages/login", Map.of("username", "director.lianhua", "password", Rest.PASSWORD,
        "next", "/pages/children?q=Liu"));
    assertThat(deep.headers().firstValue("Location").orElseThrow()).endsWith("/pages/children?q=Liu");
  }

  @Test
  void healthTellsStrangersTheStatusAndNothingAboutTheMachine() {
    var health = http.getForEntity("/actuator/health", Map.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).containsEntry("status", "UP").doesNotContainKeys("components", "details");
    assertThat(String.valueOf(health.getBody())).doesNotContain("PostgreSQL", "diskSpace", "lockOwner");
  }
}
