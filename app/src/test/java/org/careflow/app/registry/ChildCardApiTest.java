package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
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
 * The child card of a task: the child's name, age, village, case and risk from the app's records,
 * for whoever may read the task through the engine's own authorization, and a read-audit row for
 * every card served. A director of another village who asks for the card by the task's id gets no
 * data through any of the card's doors.
 */
class ChildCardApiTest extends PlatformTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  /** A visit step of Lianhua's (the demo county has one waiting there) and the child it is about, as the records have it. */
  private record Visit(Task task, String caseNumber, long childId, String childName, LocalDate birthDate, String village,
      String riskLevel, String situation) {
  }

  private Visit lianhuaVisit() {
    Task task = tasks.createTaskQuery().taskDefinitionKey("Task_VisitChild").taskCandidateGroup("director-lianhua").list().get(0);
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    Map<String, Object> row = jdbc.queryForMap("""
        select c.id, c.full_name, c.birth_date, v.name as village, p.risk_level, p.situation
        from careflow.child_case cc join careflow.child c on c.id = cc.child_id join careflow.region v on v.code = c.village_code
        join careflow.protection_case p on p.case_number = cc.case_number where cc.case_number = ?""", caseNumber);
    return new Visit(task, caseNumber, ((Number) row.get("id")).longValue(), (String) row.get("full_name"),
        ((java.sql.Date) row.get("birth_date")).toLocalDate(), (String) row.get("village"), (String) row.get("risk_level"),
        (String) row.get("situation"));
  }

  private int cardReads(String user, long childId, String channel) {
    return jdbc.queryForObject("""
        select count(*) from careflow.child_record_read where read_by = ? and child_id = ? and what = 'TASK_CARD' and channel = ?""",
        Integer.class, user, childId, channel);
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> card(String user, String taskId, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return new Rest(http, user).as().exchange("/api/tasks/" + taskId + "/child-card", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
  }

  @Test
  @SuppressWarnings("rawtypes")
  void theVillagesDirectorGetsTheChildOfHerTaskFromTheRecordsAndTheReadIsAudited() {
    Visit visit = lianhuaVisit();
    int before = cardReads("director.lianhua", visit.childId(), "API");

    ResponseEntity<Map> answer = card("director.lianhua", visit.task().getId(), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map card = answer.getBody();
    assertThat(card.get("childName")).isEqualTo(visit.childName());
    assertThat(card.get("age")).isEqualTo(Period.between(visit.birthDate(), LocalDate.now()).getYears());
    assertThat(card.get("villageName")).isEqualTo(visit.village());
    assertThat(card.get("caseNumber")).isEqualTo(visit.caseNumber());
    assertThat(card.get("riskLevel")).isEqualTo(visit.riskLevel());
    assertThat(card.get("riskLabel")).as("Chinese without a language asked for").isIn("高风险", "中风险", "低风险");
    assertThat(card.get("childPage")).isEqualTo("/pages/children/" + visit.childId());
    assertThat(card.get("due")).isNotNull();
    assertThat(card.get("withHistory")).isEqualTo(true);
    assertThat(card.get("situation")).isEqualTo(visit.situation());
    assertThat(cardReads("director.lianhua", visit.childId(), "API")).isEqualTo(before + 1);

    assertThat(card("director.lianhua", visit.task().getId(), "en").getBody().get("riskLabel")).isIn("High risk", "Medium risk", "Low risk");
    assertThat(card("director.lianhua", visit.task().getId(), "zh-CN").getBody().get("riskLabel")).isIn("高风险", "中风险", "低风险");
  }

  @Test
  void aDirectorOfAnotherVillageAskingByTheTaskIdGetsNoDataThroughAnyDoor() {
    Visit visit = lianhuaVisit();
    String taskId = visit.task().getId();
    Rest yangliu = new Rest(http, "director.yangliu");
    assertThat(yangliu.get("/task/" + taskId).getStatusCode().is2xxSuccessful()).as("the engine keeps the task from her").isFalse();

    ResponseEntity<String> single = yangliu.as().getForEntity("/api/tasks/" + taskId + "/child-card", String.class);
    assertThat(single.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(single.getBody()).doesNotContain(visit.childName(), visit.caseNumber(), "/pages/children/" + visit.childId());

    ResponseEntity<String> batch = yangliu.as().getForEntity("/api/child-cards?taskId=" + taskId, String.class);
    assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(batch.getBody()).isEqualTo("{\"cards\":[]}");

    // Tasklist's door: her own webapp session
    String viaSession = PageSession.signedIn(port, "director.yangliu").get("/pages/child-cards?taskId=" + taskId).body();
    assertThat(viaSession).isEqualTo("{\"cards\":[]}");

    assertThat(cardReads("director.yangliu", visit.childId(), "API") + cardReads("director.yangliu", visit.childId(), "TASKLIST"))
        .as("nothing served, nothing read").isZero();
  }

  @Test
  void aDirectorOfAnotherVillageCannotOpenOrRecordAnotherVillagesVisitOnMyWork() {
    Visit visit = lianhuaVisit();
    String taskId = visit.task().getId();
    int visits = jdbc.queryForObject("select count(*) from careflow.visit where case_number = ?", Integer.class, visit.caseNumber());
    PageSession yangliu = PageSession.signedIn(port, "director.yangliu");

    var form = yangliu.get("/pages/my-work/visit/" + taskId);
    assertThat(form.statusCode()).isEqualTo(404);
    assertThat(form.body()).doesNotContain(visit.childName(), visit.caseNumber());
    var posted = yangliu.postFromPage("/pages/my-work", "/pages/my-work/visit/" + taskId, Map.of(
        "visitDate", LocalDate.now().toString(), "notes", "Not mine to record", "childSafe", "true"));
    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(posted.body()).doesNotContain(visit.childName(), visit.caseNumber());
    assertThat(yangliu.get("/pages/my-work").body()).doesNotContain(taskId, visit.caseNumber(), visit.childName());

    Task still = tasks.createTaskQuery().taskId(taskId).singleResult();
    assertThat(still).as("the visit step is still open").isNotNull();
    assertThat(still.getAssignee()).isEqualTo(visit.task().getAssignee());
    assertThat(jdbc.queryForObject("select count(*) from careflow.visit where case_number = ?", Integer.class, visit.caseNumber()))
        .isEqualTo(visits);
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneRequestAnswersAPageOfATownshipSupervisorsListAndLeavesOutAnotherTownshipsTask() {
    List<String> visible = new Rest(http, "supervisor.hetang").list("/task?maxResults=15").stream()
        .map(task -> (String) task.get("id")).toList();
    String shiqiaoTask = tasks.createTaskQuery().taskCandidateGroup("supervisor-shiqiao").list().get(0).getId();
    String query = java.util.stream.Stream.concat(visible.stream(), java.util.stream.Stream.of(shiqiaoTask))
        .map(id -> "taskId=" + id).collect(Collectors.joining("&"));

    PageSession hetang = PageSession.signedIn(port, "supervisor.hetang");
    var answer = hetang.get("/pages/child-cards?" + query);
    assertThat(answer.statusCode()).isEqualTo(200);
    List<Map<String, Object>> cards;
    try {
      cards = (List<Map<String, Object>>) new com.fasterxml.jackson.databind.ObjectMapper().readValue(answer.body(), Map.class).get("cards");
    } catch (java.io.IOException e) {
      throw new AssertionError(answer.body(), e);
    }
    assertThat(cards).isNotEmpty();
    assertThat(cards).extracting(card -> card.get("taskId")).doesNotContain(shiqiaoTask).isSubsetOf(visible);
    List<String> hetangVillages = jdbc.queryForList("select code from careflow.region where parent_code = 'hetang'", String.class);
    assertThat(cards).extracting(card -> (String) card.get("villageCode")).isSubsetOf(hetangVillages);
    for (Map<String, Object> card : cards) {
      String caseNumber = runtime.createProcessInstanceQuery()
          .processInstanceId(tasks.createTaskQuery().taskId((String) card.get("taskId")).singleResult().getProcessInstanceId())
          .singleResult().getBusinessKey();
      assertThat(card.get("caseNumber")).isEqualTo(caseNumber);
      assertThat(card.get("childName")).isEqualTo(jdbc.queryForObject("""
          select c.full_name from careflow.child_case cc join careflow.child c on c.id = cc.child_id where cc.case_number = ?""",
          String.class, caseNumber));
    }
  }
}
