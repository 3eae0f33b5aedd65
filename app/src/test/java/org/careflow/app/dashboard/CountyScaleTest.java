package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard at province scale: what the engine is asked for one county is that county's, whatever
 * the other counties hold, and a county with more cases than one SQL statement could carry as bind
 * parameters (PostgreSQL's protocol counts them in 16 bits) is counted like any other.
 *
 * <p>Two counties of their own (北岭县 and 南岭县, one township and village each), each with two cases
 * whose instances wait in the stage {@code CallActivity_EmergencyHandling} (a called instance with
 * the case's business key, an overdue triage task, an incident there, which the engine also raises on
 * the calling instance), on a model deployed here, next to
 * the demo county's real cases. Everything is removed again after each test.
 */
class CountyScaleTest extends PlatformTest {

  private static final String NORTH = "scale-north";
  private static final String SOUTH = "scale-south";

  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired EngineWork engine;
  @Autowired CountyDashboard dashboard;

  private String deployment;

  @BeforeEach
  void twoCountiesWithCasesInTheEngine() {
    // by the CareFlow model rules: no start form (never started in Tasklist), a form deployed with the task, a group
    deployment = repository.createDeployment().name("county-scale-test")
        .addModelInstance("county-scale-case.bpmn", Bpmn.createExecutableProcess("county-scale-case")
            .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
            .startEvent("StartEvent_Reported")
            .callActivity("CallActivity_EmergencyHandling").calledElement("county-scale-stage")
            .camundaInBusinessKey("#{execution.processBusinessKey}")
            .endEvent("EndEvent_Closed").done())
        .addModelInstance("county-scale-stage.bpmn", Bpmn.createExecutableProcess("county-scale-stage")
            .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
            .startEvent("StartEvent_Called")
            .userTask("Task_TriageReport").name("Scale triage").camundaFormRef("county-scale-triage").camundaFormRefBinding("deployment")
            .camundaCandidateGroups("township-scale").camundaDueDate("2020-01-01T08:00:00")
            .endEvent("EndEvent_Triaged").done())
        .addString("county-scale-triage.form",
            "{\"id\": \"county-scale-triage\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": []}")
        .deploy().getId();
    for (String county : List.of(NORTH, SOUTH)) {
      jdbc.update("insert into careflow.region (code, name, region_level) values (?, ?, 'COUNTY')", county, county);
      jdbc.update("insert into careflow.region (code, name, region_level, parent_code) values (?, ?, 'TOWNSHIP', ?)",
          county + "-t", county + " township", county);
      jdbc.update("insert into careflow.region (code, name, region_level, parent_code) values (?, ?, 'VILLAGE', ?)",
          county + "-v", county + " village", county + "-t");
      for (int i = 1; i <= 2; i++) {
        openCase(county, (county.equals(NORTH) ? "NL" : "SL") + "-2026-" + i);
      }
    }
  }

  @AfterEach
  void removeThem() {
    repository.deleteDeployment(deployment, true);
    for (String county : List.of(NORTH, SOUTH)) {
      jdbc.update("delete from careflow.protection_case where child_id in (select id from careflow.child where village_code = ?)",
          county + "-v");
      jdbc.update("delete from careflow.child where village_code = ?", county + "-v");
      jdbc.update("delete from careflow.region where code in (?, ?)", county + "-v", county + "-t");
      jdbc.update("delete from careflow.region where code = ?", county);
    }
  }

  @Test
  void whatTheEngineIsAskedForOneCountyIsThatCountysOnly() {
    Set<String> north = Set.of("NL-2026-1", "NL-2026-2");
    Set<String> northInstances = Set.copyOf(jdbc.queryForList(
        "select process_instance_id from careflow.protection_case where case_number in ('NL-2026-1', 'NL-2026-2')", String.class));

    // the oracle: the engine's own instances with the county's case numbers as business keys
    Map<String, String> caseOf = north.stream()
        .flatMap(number -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream())
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    assertThat(caseOf).as("each case's own instance and the stage it called").hasSize(4);
    assertThat(engine.instancesIn(NORTH, CountyDashboard.STAGES.keySet()))
        .as("the executions at the stage activities are the county's, not those of 南岭县 or the demo county")
        .containsOnlyKeys(northInstances)
        .containsValues("CallActivity_EmergencyHandling");
    assertThat(engine.openTasks(NORTH)).extracting(EngineWork.TaskRecord::caseNumber)
        .containsExactlyInAnyOrderElementsOf(north);
    assertThat(engine.tasksWithDeadlines(NORTH, CountyDashboard.DEADLINE_KINDS.keySet()))
        .extracting(EngineWork.TaskRecord::caseNumber).containsExactlyInAnyOrderElementsOf(north);
    // the oracle: the engine's own incidents of each of the county's instances (a called instance's incident is
    // also one of the instance that called it); the demo county's and 南岭县's are in the engine too
    List<String> incidentsOfNorth = caseOf.keySet().stream()
        .flatMap(id -> runtime.createIncidentQuery().processInstanceId(id).list().stream().map(i -> caseOf.get(id))).toList();
    assertThat(incidentsOfNorth).hasSize(4);
    assertThat(engine.incidents(NORTH))
        .as("the county's incidents only, out of every incident of the engine")
        .extracting(EngineWork.IncidentRecord::caseNumber).containsExactlyInAnyOrderElementsOf(incidentsOfNorth);

    List<Fact> facts = dashboard.factsOf(NORTH);
    assertThat(casesOf(facts, Fact.Metric.OPEN_CASE, "emergency-handling")).isEqualTo(north);
    assertThat(casesOf(facts, Fact.Metric.OPEN_TASK, null)).isEqualTo(north);
    assertThat(casesOf(facts, Fact.Metric.DEADLINE_MISSED, "triage")).isEqualTo(north);
    assertThat(casesOf(facts, Fact.Metric.INCIDENT, "county-scale-test")).isEqualTo(north);
    assertThat(facts.stream().filter(f -> f.metric() == Fact.Metric.INCIDENT).count()).isEqualTo(4);
    assertThat(facts).extracting(Fact::caseNumber).allMatch(north::contains);
  }

  @Test
  void aCountyWithMoreCasesThanAStatementCouldBindIsCounted() {
    // 70,000 cases more in 南岭县 (no instances of their own): more than the 65,535 bind parameters
    // PostgreSQL's protocol allows in one statement, so no list of the county's case numbers could be sent
    jdbc.update("""
        insert into careflow.child (full_name, birth_date, village_code)
        select 'Scale child ' || g, date '2015-01-01', ? from generate_series(1, 70000) g""", SOUTH + "-v");
    jdbc.update("""
        insert into careflow.protection_case (case_number, process_instance_id, child_id, report_channel, risk_level,
                                              police_report_required)
        select 'SL-2025-' || c.id, 'no-instance-' || c.id, c.id, 'HOTLINE', 'LOW', false
          from careflow.child c where c.village_code = ? and c.full_name like 'Scale child %'""", SOUTH + "-v");

    List<Fact> facts = dashboard.factsOf(SOUTH);

    assertThat(facts.stream().filter(f -> f.metric() == Fact.Metric.OPEN_CASE).count()).isEqualTo(70_002);
    Set<String> withInstances = Set.of("SL-2026-1", "SL-2026-2");
    assertThat(casesOf(facts, Fact.Metric.OPEN_CASE, "emergency-handling")).isEqualTo(withInstances);
    assertThat(casesOf(facts, Fact.Metric.OPEN_TASK, null)).isEqualTo(withInstances);
    assertThat(casesOf(facts, Fact.Metric.INCIDENT, null)).isEqualTo(withInstances);
    assertThat(dashboard.factsOf(NORTH).stream().filter(f -> f.metric() == Fact.Metric.OPEN_CASE).count())
        .as("the other county's cases change nothing of this one").isEqualTo(2);
  }

  /** A case of the county's village whose instance waits at the stage, with an overdue triage and an incident. */
  private void openCase(String county, String caseNumber) {
    Long child = jdbc.queryForObject("""
        insert into careflow.child (full_name, birth_date, village_code) values (?, date '2016-05-01', ?) returning id""",
        Long.class, "Child " + caseNumber, county + "-v");
    ProcessInstance instance = runtime.startProcessInstanceByKey("county-scale-case", caseNumber);
    jdbc.update("""
        insert into careflow.protection_case (case_number, process_instance_id, child_id, report_channel, risk_level,
                                              police_report_required)
        values (?, ?, ?, 'HOTLINE', 'HIGH', false)""", caseNumber, instance.getId(), child);
    ProcessInstance stage = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    runtime.createIncident("county-scale-test", stage.getId(), "scale", "the stage of " + caseNumber + " failed");
  }

  private static Set<String> casesOf(List<Fact> facts, Fact.Metric metric, String group) {
    return facts.stream().filter(f -> f.metric() == metric && (group == null || group.equals(f.group())))
        .map(Fact::caseNumber).collect(Collectors.toSet());
  }
}
