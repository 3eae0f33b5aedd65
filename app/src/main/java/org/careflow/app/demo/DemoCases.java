package org.careflow.app.demo;

import static org.careflow.contract.ProtectionCase.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.contract.FosterCare;
import org.careflow.contract.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo protection cases, one waiting in each stage of the chain, and foster placements. They are driven the way people
 * would: a case is reported, the workers do their steps, and the demo completes the caseworkers'
 * tasks up to the stage the case should wait in. Runs once the workers are subscribed.
 */
@Component
@ConditionalOnProperty(name = "careflow.demo.enabled", havingValue = "true")
class DemoCases {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

  record Step(String taskKey, Map<String, Object> variables) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final JdbcTemplate jdbc;

  DemoCases(RuntimeService runtime, TaskService tasks, HistoryService history, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void load() {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
      loadProtectionCases();
    }
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(FosterCare.PROCESS_KEY).count() == 0) {
      loadFosterPlacements();
    }
  }

  private void loadProtectionCases() {
    // Triage: a general situation waits for the Shiqiao supervisor.
    drive(report("张佳佳", Map.of("guardianNeglect", true), "奶奶病重，做不了饭，孩子常常挨饿"));
    // Emergency handling: a child living alone, reported to the police, waits for the county agency.
    drive(report("刘小明", Map.of("childLivingAlone", true), "父母去广州打工，8岁男孩一个人在家生活"),
        triage("HIGH"));
    // Assessment: domestic violence, not severe, waits for the agency's guardianship assessment.
    drive(report("王浩", Map.of("domesticViolence", true), "邻居常听到父亲打骂孩子"),
        triage("MEDIUM"));
    // Assistance: the measures wait for the Xiwan child director.
    drive(report("陈悦", Map.of(), "母亲离家后，女孩不再去上学"),
        triage("LOW"),
        new Step(TASK_ASSESS_GUARDIANSHIP, Map.of("outOfSchool", true, "psychologicalDistress", true,
            "assessmentNotes", "九月起辍学，不愿与人交流")),
        new Step(TASK_CONFIRM_ASSISTANCE_PLAN, Map.of(VAR_ORPHAN_REGION, "CENTRAL", "planNotes", "返校复学，安排心理疏导")));
    // Monitoring: the first visit waits for the Lianhua child director.
    drive(report("刘小雨", Map.of(), "爷爷独自照料，需了解祖孙生活情况"),
        triage("LOW"),
        new Step(TASK_ASSESS_GUARDIANSHIP, Map.of("assessmentNotes", "照料得当，无需采取措施")),
        new Step(TASK_CONFIRM_ASSISTANCE_PLAN, Map.of(VAR_ORPHAN_REGION, "CENTRAL")));
    // Intervention: parents who refuse guardianship; the Hetang supervisor guides them.
    drive(report("王婷婷", Map.of(), "父母表示不会回来照顾她"),
        triage("LOW"),
        new Step(TASK_ASSESS_GUARDIANSHIP, Map.of("guardianshipDeficient", true, "assessmentNotes", "父母拒绝履行监护职责")),
        new Step(TASK_CONFIRM_ASSISTANCE_PLAN, Map.of(VAR_ORPHAN_REGION, "CENTRAL")),
        new Step(TASK_TRACK_MEASURES, Map.of(Measure.GUARDIANSHIP_GUIDANCE.doneVariable(), true, "progressNotes", "已进行监护指导")),
        new Step(TASK_VISIT_CHILD, Map.of("visitDate", LocalDate.now().toString(), VAR_CHILD_SAFE, true,
            VAR_PARENTS_REFUSE_GUARDIANSHIP, true, "visitNotes", "电话中父母仍然拒绝")));
    log.info("Demo protection cases loaded");
  }

  private void loadFosterPlacements() {
    // A girl of 7 (no opinion needed): the institution proposes a family.
    drive(refer("张佳佳"));
    // A boy of 10 who agreed: evaluated, placed today, waiting for day 60 of the integration period.
    drive(refer("王浩"),
        new Step(FosterCare.TASK_RECORD_CHILD_OPINION, Map.of("opinionDate", LocalDate.now().toString(),
            FosterCare.VAR_CHILD_AGREES, true, "opinionNotes", "希望到家庭中生活")),
        new Step(FosterCare.TASK_PROPOSE_FAMILY, Map.of("familyName", "李华", "address", "杨柳村3组",
            FosterCare.IN_FAMILY_HARMONIOUS, true, FosterCare.IN_ALL_MEMBERS_AGREE, true, "otherChildrenAges", "12")),
        new Step(FosterCare.TASK_FORM_EVALUATION_TEAM, Map.of(FosterCare.VAR_TEAM_LEADER, "assessor.lin",
            FosterCare.VAR_TEAM_MEMBERS, "assessor.he,assessor.ma")),
        new Step(FosterCare.TASK_EVALUATE_FAMILY, Map.of(FosterCare.VAR_EVALUATION_PASSED, true,
            "evaluationReport", "家庭有抚育经验，关爱孩子", "leaderSignature", true)),
        new Step(FosterCare.TASK_PLACE_CHILD, Map.of(FosterCare.VAR_PLACEMENT_DATE, LocalDate.now().toString())));
    log.info("Demo foster placements loaded");
  }

  private String refer(String childName) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Jurisdiction.VAR_CHILD_ID,
        jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, childName));
    variables.put(FosterCare.VAR_NORMAL_COGNITION, true);
    variables.put(FosterCare.IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP, true);
    variables.put(FosterCare.IN_NEEDS_FAMILY_CARE, true);
    variables.put(FosterCare.IN_SUITABLE_FOR_FAMILY_UPBRINGING, true);
    variables.put("referralNotes", "儿童福利机构转介（演示）");
    return runtime.startProcessInstanceByKey(FosterCare.PROCESS_KEY, variables).getBusinessKey();
  }

  private static Step triage(String risk) {
    return new Step(TASK_TRIAGE_REPORT, Map.of(VAR_CONFIRMED_RISK_LEVEL, risk, VAR_TRIAGE_NOTES, "演示研判"));
  }

  private String report(String childName, Map<String, Object> situation, String description) {
    Map<String, Object> variables = new HashMap<>(situation);
    variables.put(Jurisdiction.VAR_CHILD_ID,
        jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, childName));
    variables.put(VAR_SITUATION, description);
    variables.put(VAR_REPORTER_NAME, "演示报告人");
    variables.put(VAR_REPORT_CHANNEL, CHANNEL_DIRECTOR);
    return runtime.startProcessInstanceByKey(PROCESS_KEY, variables).getBusinessKey();
  }

  private void drive(String caseNumber, Step... steps) {
    for (Step step : steps) {
      Task task = awaitTask(caseNumber, step.taskKey());
      if (task == null) {
        log.warn("Demo case {} did not reach {} in {}: are the workers running?", caseNumber, step.taskKey(), STEP_TIMEOUT);
        return;
      }
      tasks.complete(task.getId(), step.variables());
    }
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      List<Task> waiting = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).list();
      if (!waiting.isEmpty()) {
        return waiting.get(0);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}
