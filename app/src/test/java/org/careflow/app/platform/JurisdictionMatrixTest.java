package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.access.AccessSetup;
import org.careflow.app.access.TaskFilters;
import org.careflow.contract.StaffOnboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Who sees, reads, claims and completes what, through /engine-rest, for each role and region of
 * the demo county. Demo cases wait in all four villages.
 */
class JurisdictionMatrixTest extends PlatformTest {

  private static final Set<String> ALL_VILLAGES = Set.of("lianhua", "yangliu", "dongpo", "xiwan");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filterService;
  @Autowired AccessSetup accessSetup;

  static Stream<Arguments> jurisdictions() {
    return Stream.of(
        Arguments.of("director.lianhua", Set.of("lianhua")),
        Arguments.of("director.yangliu", Set.of("yangliu")),
        Arguments.of("director.dongpo", Set.of("dongpo")),
        Arguments.of("director.xiwan", Set.of("xiwan")),
        Arguments.of("supervisor.hetang", Set.of("lianhua", "yangliu")),
        Arguments.of("supervisor.shiqiao", Set.of("dongpo", "xiwan")),
        Arguments.of("agency.qingshan", ALL_VILLAGES),
        Arguments.of("civil.qingshan", ALL_VILLAGES),
        Arguments.of("manager.qingshan", ALL_VILLAGES),
        Arguments.of("assessor.lin", Set.of()));
  }

  @ParameterizedTest(name = "{0} lists the tasks and cases of {1}")
  @MethodSource("jurisdictions")
  void listsExactlyTheTasksAndCasesOfItsJurisdiction(String user, Set<String> villages) {
    Rest rest = new Rest(http, user);

    Set<String> taskVillages = rest.list("/task").stream().filter(JurisdictionMatrixTest::isCaseWork)
        .map(task -> village(task.get("processInstanceId"))).collect(Collectors.toSet());
    Set<String> caseVillages = rest.list("/process-instance").stream().filter(JurisdictionMatrixTest::isCaseWork)
        .map(instance -> village(instance.get("id"))).collect(Collectors.toSet());

    assertThat(taskVillages).isEqualTo(villages);
    assertThat(caseVillages).isEqualTo(villages);
  }

  @Test
  void aChildDirectorWorksOnlyOnTheirOwnVillagesTasks() {
    Rest lianhua = new Rest(http, "director.lianhua");
    Task own = openTaskIn("lianhua", "director-lianhua");
    Task other = openTaskIn("xiwan", "director-xiwan");

    assertThat(lianhua.get("/task/" + other.getId()).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(lianhua.get("/process-instance/" + other.getProcessInstanceId()).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(lianhua.post("/task/" + other.getId() + "/claim", Map.of("userId", "director.lianhua")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lianhua.post("/task/" + other.getId() + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(other.getId()).singleResult().getAssignee()).isNull();

    assertThat(lianhua.get("/task/" + own.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lianhua.post("/task/" + own.getId() + "/claim", Map.of("userId", "director.lianhua")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(own.getId()).singleResult().getAssignee()).isEqualTo("director.lianhua");
    assertThat(lianhua.post("/task/" + own.getId() + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aSupervisorReadsTheVillagesWorkButOnlyWorksOnTheirOwn() {
    Rest hetang = new Rest(http, "supervisor.hetang");
    Task villageTask = openTaskIn("lianhua", "director-lianhua");
    Task ownUrgent = openTaskIn("yangliu", "supervisor-hetang");
    Task otherTownship = openTaskIn("dongpo", "supervisor-shiqiao");

    assertThat(hetang.get("/task/" + villageTask.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(hetang.post("/task/" + villageTask.getId() + "/claim", Map.of("userId", "supervisor.hetang")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hetang.get("/task/" + otherTownship.getId()).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(hetang.post("/task/" + otherTownship.getId() + "/claim", Map.of("userId", "supervisor.hetang")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hetang.post("/task/" + ownUrgent.getId() + "/claim", Map.of("userId", "supervisor.hetang")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(hetang.post("/task/" + ownUrgent.getId() + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void eachRoleHasTasklistFiltersThatFitItAndTheyShowOnlyItsJurisdiction() {
    Rest director = new Rest(http, "director.lianhua");
    Map<String, String> filters = director.list("/filter?resourceType=Task").stream()
        .collect(Collectors.toMap(filter -> (String) filter.get("name"), filter -> (String) filter.get("id")));
    assertThat(filters).containsKeys(TaskFilters.MY_VILLAGE, TaskFilters.MY_TASKS, TaskFilters.URGENT, TaskFilters.OVERDUE)
        .doesNotContainKeys(TaskFilters.MY_TOWNSHIP, TaskFilters.MY_COUNTY);
    Set<String> villages = director.list("/filter/" + filters.get(TaskFilters.MY_VILLAGE) + "/list").stream()
        .map(task -> village(task.get("processInstanceId"))).collect(Collectors.toSet());
    assertThat(villages).containsExactly("lianhua");

    Map<String, String> supervisorFilters = new Rest(http, "supervisor.shiqiao").list("/filter?resourceType=Task").stream()
        .collect(Collectors.toMap(filter -> (String) filter.get("name"), filter -> (String) filter.get("id")));
    assertThat(supervisorFilters).containsKey(TaskFilters.MY_TOWNSHIP).doesNotContainKey(TaskFilters.MY_VILLAGE);
    Set<String> township = new Rest(http, "supervisor.shiqiao").list("/filter/" + supervisorFilters.get(TaskFilters.MY_TOWNSHIP) + "/list")
        .stream().map(task -> village(task.get("processInstanceId"))).collect(Collectors.toSet());
    assertThat(township).containsExactlyInAnyOrder("dongpo", "xiwan");
  }

  @Test
  void aFilterAnEarlierVersionSavedInEnglishIsRenamedNotDoubled() {
    String chinese = filterService.createFilterQuery().filterName(TaskFilters.OVERDUE).singleResult().getId();
    filterService.saveFilter(filterService.getFilter(chinese).setName("Overdue"));

    accessSetup.run(null);

    assertThat(filterService.createFilterQuery().filterName("Overdue").count()).isZero();
    assertThat(filterService.createFilterQuery().filterName(TaskFilters.OVERDUE).list())
        .extracting(filter -> filter.getId()).containsExactly(chinese);
  }

  @Test
  void anonymousAndWrongPasswordCallsAreRefused() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/process-instance", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a user no other test logs in as: the engine delays the next login after a wrong password
    assertThat(http.withBasicAuth("assessor.xu", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A person's staff onboarding, which the county's civil-affairs office and managers see, is no village's case. */
  private static boolean isCaseWork(Map<String, Object> taskOrInstance) {
    Object definition = taskOrInstance.containsKey("definitionId") ? taskOrInstance.get("definitionId")
        : taskOrInstance.get("processDefinitionId");
    return definition == null || !definition.toString().startsWith(StaffOnboarding.PROCESS_KEY + ":");
  }

  private String village(Object processInstanceId) {
    return (String) runtime.getVariable((String) processInstanceId, "villageCode");
  }

  private Task openTaskIn(String village, String candidateGroup) {
    List<Task> open = tasks.createTaskQuery().taskCandidateGroup(candidateGroup).list();
    return open.stream().filter(task -> village.equals(village(task.getProcessInstanceId()))).findFirst()
        .orElseThrow(() -> new AssertionError("demo data has no open task for " + candidateGroup + " in " + village));
  }
}
