package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refusal is said in the caller's language on every door: the engine's REST API, Tasklist's own
 * engine API and the app's API. Chinese when the browser asks for it or the person chose it, English
 * for a browser asking for English and for a program that names no language; and refused still means
 * nothing was written.
 */
class RefusalLanguageTest extends PlatformTest {

  private static final String START = "/engine-rest/process-definition/key/entrusted-guardianship/start";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aStartWithoutARequiredFieldIsRefusedInTheCallersLanguage() {
    Map<String, Object> start = Rest.variables(Map.of("childId", childId("刘小雨"), "guardianAvailable", true));
    long before = instances();

    assertThat(message(post("director.lianhua", START, start, "zh-CN,zh;q=0.9", null), HttpStatus.BAD_REQUEST))
        .startsWith("无法发起“").contains("有必填项未填写：父母外出日期 (parentsLeaveOn)").doesNotContain("Cannot", "ENGINE-");
    assertThat(message(post("director.lianhua", START, start, "en-US,en;q=0.9", null), HttpStatus.BAD_REQUEST))
        .startsWith("Cannot start '").contains("required field missing: 父母外出日期 (parentsLeaveOn)");
    assertThat(message(post("director.lianhua", START, start, null, null), HttpStatus.BAD_REQUEST))
        .as("a program that names no language").startsWith("Cannot start '");
    assertThat(message(post("director.lianhua", START, start, "en-US", "zh"), HttpStatus.BAD_REQUEST))
        .as("the person's choice before the browser's language").startsWith("无法发起“");

    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void aShutDoorKeepsItsStatusAndSaysWhyInTheCallersLanguage() {
    Map<String, Object> start = new HashMap<>(Rest.variables(Map.of("childId", childId("刘小雨"),
        "parentsLeaveOn", "2026-12-10", "guardianAvailable", true)));
    start.put("businessKey", "EG-2026-999999");
    long before = instances();

    assertThat(message(post("director.lianhua", START, start, "zh-CN", null), HttpStatus.FORBIDDEN))
        .isEqualTo("案件编号由平台统一生成：发起时请不要自行填写业务编号");
    assertThat(message(post("director.lianhua", START, start, "en", null), HttpStatus.FORBIDDEN))
        .isEqualTo("The platform gives every case its number: start without a business key");

    assertThat(instances()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = 'EG-2026-999999'", Long.class))
        .isZero();
  }

  @Test
  void tasklistsOwnEngineApiSaysTheRefusalInTheChosenLanguage() throws Exception {
    PageSession tasklist = PageSession.signedIn(port, "director.lianhua").choosingLanguage("zh");
    long before = instances();

    var refused = tasklist.tasklistApi("POST", "/process-definition/key/entrusted-guardianship/start",
        JSON.writeValueAsString(Rest.variables(Map.of("childId", 999_999, "parentsLeaveOn", "2026-12-10",
            "guardianAvailable", true))));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("message").asText()).isEqualTo("您的辖区内没有档案号为 999999 的儿童");
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void theAppsApiSaysItsRefusalsInTheCallersLanguage() {
    long cases = jdbc.queryForObject("select count(*) from careflow.child_case", Long.class);
    Map<String, Object> withoutCaller = Map.of("childId", childId("刘小明"), "situationDescription", "一个人在家");

    assertThat(message(post("director.lianhua", "/api/hotline/reports", withoutCaller, "zh-CN", null), HttpStatus.FORBIDDEN))
        .isEqualTo("热线报告由未成年人救助保护机构的工作人员受理");
    assertThat(message(post("agency.qingshan", "/api/hotline/reports", withoutCaller, "zh-CN", null), HttpStatus.BAD_REQUEST))
        .isEqualTo("热线报告需要填写来电人（reporterName）");
    assertThat(message(post("agency.qingshan", "/api/hotline/reports", withoutCaller, null, null), HttpStatus.BAD_REQUEST))
        .isEqualTo("A hotline report needs reporterName (who is calling)");
    assertThat(message(get("director.lianhua", "/api/children/999999", "zh-CN"), HttpStatus.NOT_FOUND))
        .isEqualTo("您的辖区内没有档案号为 999999 的儿童");

    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case", Long.class)).isEqualTo(cases);
  }

  private ResponseEntity<Map> post(String user, String path, Object body, String acceptLanguage, String chosenLanguage) {
    return new Rest(http, user).as().exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(acceptLanguage, chosenLanguage)), Map.class);
  }

  private ResponseEntity<Map> get(String user, String path, String acceptLanguage) {
    return new Rest(http, user).as().exchange(path, HttpMethod.GET, new HttpEntity<>(headers(acceptLanguage, null)), Map.class);
  }

  private static HttpHeaders headers(String acceptLanguage, String chosenLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    if (chosenLanguage != null) {
      headers.set(HttpHeaders.COOKIE, "careflow-language=" + chosenLanguage);
    }
    return headers;
  }

  private static String message(ResponseEntity<Map> answer, HttpStatus expected) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(expected);
    return String.valueOf(answer.getBody().get("message"));
  }

  private long instances() {
    return jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
  }

  private long childId(String name) {
    return jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, name);
  }
}
