package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every demo user against every demo child, through every door: the app's API (record, timeline,
 * search), the pages (record, search) and /engine-rest (the child's record-update tasks). Outside
 * one's jurisdiction the answer is always "not found"; the full ID number only for those who act on it.
 */
class RegistryJurisdictionMatrixTest extends PlatformTest {

  private static final Set<String> ALL = Set.of("lianhua", "yangliu", "dongpo", "xiwan");
  private static final Map<String, String> DEMO_CHILDREN = Map.of(
      "刘小雨", "lianhua", "刘小明", "lianhua", "王婷婷", "yangliu", "王浩", "yangliu",
      "张乐乐", "dongpo", "张佳佳", "dongpo", "陈悦", "xiwan", "陈星", "xiwan");
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @LocalServerPort int port;

  /** user, villages they see, villages whose ID numbers they see in full */
  static Stream<Arguments> users() {
    return Stream.of(
        Arguments.of("director.lianhua", Set.of("lianhua"), Set.of("lianhua")),
        Arguments.of("director.yangliu", Set.of("yangliu"), Set.of("yangliu")),
        Arguments.of("director.dongpo", Set.of("dongpo"), Set.of("dongpo")),
        Arguments.of("director.xiwan", Set.of("xiwan"), Set.of("xiwan")),
        Arguments.of("supervisor.hetang", Set.of("lianhua", "yangliu"), Set.of("lianhua", "yangliu")),
        Arguments.of("supervisor.shiqiao", Set.of("dongpo", "xiwan"), Set.of("dongpo", "xiwan")),
        Arguments.of("agency.qingshan", ALL, ALL),
        Arguments.of("civil.qingshan", ALL, Set.of()),
        Arguments.of("manager.qingshan", ALL, Set.of()),
        Arguments.of("admin", ALL, Set.of()),
        Arguments.of("assessor.lin", Set.of(), Set.of()),
        Arguments.of("assessor.he", Set.of(), Set.of()),
        Arguments.of("assessor.ma", Set.of(), Set.of()),
        Arguments.of("analyst", Set.of(), Set.of()));
  }

  @BeforeEach
  void aRecordUpdateWaitsInEveryVillage() {
    for (String village : ALL) {
      boolean waiting = runtime.createProcessInstanceQuery().processDefinitionKey("child-record-update")
          .variableValueEquals("villageCode", village).count() > 0;
      if (!waiting) {
        long child = jdbc.queryForObject("select min(id) from careflow.child where village_code = ?", Long.class, village);
        runtime.startProcessInstanceByKey("child-record-update", Map.of("childId", child, "proposedGuardians", "Grandmother",
            "changeReason", "Matrix test"));
      }
    }
  }

  @ParameterizedTest(name = "{0} sees the children of {1}")
  @MethodSource("users")
  void eachUserSeesExactlyTheChildrenOfTheirJurisdictionThroughEveryDoor(String user, Set<String> villages, Set<String> fullIds) {
    PageSessions pages = new PageSessions(port);
    Map<String, String> seen = new HashMap<>();
    DEMO_CHILDREN.forEach((name, village) -> {
      long id = jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, name);
      boolean visible = villages.contains(village);
      HttpStatus expected = visible ? HttpStatus.OK : HttpStatus.NOT_FOUND;
      String what = user + " / " + name + " (" + village + ")";

      ResponseEntity<Map<String, Object>> record = api(user, "/api/children/" + id, MAP);
      assertThat(record.getBody()).as(what).isNotNull();
      assertThat(record.getStatusCode()).as(what + " record").isEqualTo(expected);
      assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/children/" + id + "/timeline", String.class).getStatusCode()).as(what + " timeline").isEqualTo(expected);
      assertThat(pages.get(user, "/pages/children/" + id).statusCode()).as(what + " page").isEqualTo(expected.value());
      assertThat(api(user, "/api/children?q=" + name.replace(' ', '+'), LIST).getBody()).as(what + " search")
          .hasSize(visible ? 1 : 0);
      assertThat(pages.get(user, "/pages/children?q=" + name.replace(' ', '+')).body()).as(what + " page search")
          .contains(visible ? "/pages/children/" + id + "\"" : "No child found");
      if (visible && record.getBody().get("idNumber") != null) {
        seen.put(village, String.valueOf(record.getBody().get("idNumberMasked")));
        String demoId = org.careflow.app.demo.DemoChildRecords.idNumberOf(name);
        assertThat(record.getBody().get("idNumber")).as(what + " ID number")
            .isEqualTo(fullIds.contains(village) ? demoId : IdNumbers.masked(demoId));
      }
    });
    assertThat(seen.keySet()).isEqualTo(villages);

    Set<String> taskVillages = new Rest(http, user).list("/task?processDefinitionKey=child-record-update").stream()
        .map(task -> (String) runtime.getVariable((String) task.get("processInstanceId"), "villageCode"))
        .collect(Collectors.toSet());
    assertThat(taskVillages).as(user + " record-update tasks").isEqualTo(villages);
    tasks.createTaskQuery().processDefinitionKey("child-record-update").list().stream()
        .filter(task -> !villages.contains((String) runtime.getVariable(task.getProcessInstanceId(), "villageCode")))
        .forEach(task -> assertThat(new Rest(http, user).get("/task/" + task.getId()).getStatusCode())
            .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN));
  }

  private <T> ResponseEntity<T> api(String user, String path, ParameterizedTypeReference<T> type) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }
}
