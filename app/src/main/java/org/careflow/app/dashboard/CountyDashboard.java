package org.careflow.app.dashboard;

import static org.careflow.app.dashboard.Fact.Metric.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careflow.app.dashboard.EngineWork.TaskRecord;
import org.careflow.app.pages.PageText;
import org.springframework.stereotype.Component;

/** Turns a county's records and the engine's work on them into the facts the dashboard counts. */
@Component
public class CountyDashboard {

  /**
   * The tasks whose due dates are the deadlines managers watch, by the kind they know them by (a
   * code: the links carry it; its words are {@code dashboard.group.<kind>}).
   */
  static final Map<String, String> DEADLINE_KINDS = Map.of(
      "Task_TriageReport", "triage",
      "Task_RecordPoliceAcknowledgement", "police-acknowledgement",
      "Task_ProvideTemporaryCare", "first-response",
      "Task_VisitChild", "visits",
      "Task_SuperviseFosterFamily", "visits",
      "Task_AssessIntegration", "integration-decisions",
      "Task_DecideIntegrationNow", "integration-decisions");

  static final Map<String, String> STAGES = Map.of(
      "CallActivity_EmergencyHandling", "emergency-handling",
      "CallActivity_AssessmentAndAssistance", "assessment-and-assistance",
      "CallActivity_MonitoringAndIntervention", "monitoring-and-intervention");
  static final String STAGE_DISCOVERY = "discovery-and-report";
  static final String STAGE_INTEGRATION = "foster-integration";
  static final String STAGE_FORMAL_PLACEMENT = "foster-formal-placement";
  /** The person of a task nobody has claimed (its words are {@code dashboard.notClaimed}); no user id has a space. */
  static final String NOT_CLAIMED = "not claimed";

  private final CountyCases cases;
  private final EngineWork engine;
  private final Clock clock;

  CountyDashboard(CountyCases cases, EngineWork engine, Clock clock) {
    this.cases = cases;
    this.engine = engine;
    this.clock = clock;
  }

  List<Fact> factsOf(String countyCode) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<CaseRecord> records = cases.of(countyCode);
    Map<String, CaseRecord> byNumber = records.stream().collect(Collectors.toMap(CaseRecord::caseNumber, r -> r));
    List<Fact> facts = new ArrayList<>();
    Map<String, String> stageActivityOf = engine.instancesIn(countyCode, STAGES.keySet());
    for (CaseRecord record : records) {
      caseFacts(record, stageActivityOf, now, facts);
    }
    List<CountyCases.Completion> completions = cases.completions(countyCode);
    Map<List<String>, List<CountyCases.Completion>> completionsOfStep = completions.stream()
        .filter(c -> c.actor() != null)
        .collect(Collectors.groupingBy(c -> List.of(c.caseNumber(), c.activityId())));
    for (TaskRecord task : engine.tasksWithDeadlines(countyCode, DEADLINE_KINDS.keySet())) {
      deadlineFact(byNumber.get(task.caseNumber()), task, doneBy(task, completionsOfStep), now, facts);
    }
    for (TaskRecord task : engine.openTasks(countyCode)) {
      CaseRecord record = byNumber.get(task.caseNumber());
      String person = task.assignee() == null ? NOT_CLAIMED : task.assignee();
      facts.add(Fact.about(OPEN_TASK, ageBand(Duration.between(task.created(), now)), record, person,
          PageText.of("dashboard.detail.openSince", task.name(), minutes(task.created())), null));
      if (task.due() != null && task.due().isBefore(now)) {
        facts.add(Fact.about(OVERDUE_TASK, task.name(), record, person,
            PageText.of("dashboard.detail.due", task.name(), minutes(task.due())), null));
      }
    }
    for (EngineWork.IncidentRecord incident : engine.incidents(countyCode)) {
      facts.add(Fact.about(INCIDENT, incident.type(), byNumber.get(incident.caseNumber()), null,
          PageText.of("dashboard.detail.incident", incident.activityId(), incident.message(), minutes(incident.since())), null));
    }
    Map<String, LocalDateTime> firstSteps = completions.stream().collect(Collectors.toMap(
        CountyCases.Completion::caseNumber, CountyCases.Completion::at, (a, b) -> a.isBefore(b) ? a : b));
    for (CaseRecord record : records) {
      LocalDateTime firstStep = firstSteps.get(record.caseNumber());
      if (record.kind() == CaseRecord.Kind.PROTECTION && firstStep != null) {
        double hours = Duration.between(record.openedAt(), firstStep).toSeconds() / 3600.0;
        facts.add(Fact.about(FIRST_RESPONSE, null, record, null, PageText.of("dashboard.detail.firstStep", minutes(firstStep)), hours));
      }
    }
    return facts;
  }

  private void caseFacts(CaseRecord record, Map<String, String> stageActivityOf, LocalDateTime now, List<Fact> facts) {
    if (record.isOpen()) {
      facts.add(Fact.about(OPEN_CASE, stageOf(record, stageActivityOf), record, null, opened(record), null));
    }
    if (record.openedAt().isAfter(now.minusDays(7))) {
      facts.add(Fact.about(NEW_CASE, null, record, null, opened(record), null));
    }
    if (record.closedAt() != null && record.closedAt().isAfter(now.minusDays(7))) {
      facts.add(Fact.about(CLOSED_CASE, null, record, null, closed(record), null));
    }
    if (record.kind() == CaseRecord.Kind.PROTECTION && record.closedAt() != null) {
      double days = Duration.between(record.openedAt(), record.closedAt()).toSeconds() / 86400.0;
      facts.add(Fact.about(CLOSURE, null, record, null, closed(record), days));
    }
    if ("INTEGRATION".equals(record.status()) && record.integrationDueOn() != null) {
      long daysLeft = ChronoUnit.DAYS.between(now.toLocalDate(), record.integrationDueOn());
      facts.add(Fact.about(IN_INTEGRATION, daysLeftBand(daysLeft), record, null,
          PageText.of("dashboard.detail.daysLeft", daysLeft, record.integrationDueOn()), (double) daysLeft));
    }
  }

  private static String stageOf(CaseRecord record, Map<String, String> stageActivityOf) {
    if (record.kind() == CaseRecord.Kind.FOSTER) {
      return "INTEGRATION".equals(record.status()) ? STAGE_INTEGRATION : STAGE_FORMAL_PLACEMENT;
    }
    String activity = stageActivityOf.get(record.processInstanceId());
    return activity == null ? STAGE_DISCOVERY : STAGES.get(activity);
  }

  /**
   * Who did a task: its assignee, or, for a task completed without being claimed (through the
   * API), whoever the case timeline recorded completing that step closest to that time. The
   * completions with an actor come by case and step ([case number, activity]): searching all of a
   * county's completions for each task would grow with the square of its cases.
   */
  private static String doneBy(TaskRecord task, Map<List<String>, List<CountyCases.Completion>> completionsOfStep) {
    if (task.assignee() != null || !task.completed()) {
      return task.assignee() == null ? NOT_CLAIMED : task.assignee();
    }
    return completionsOfStep.getOrDefault(List.of(task.caseNumber(), task.taskKey()), List.of()).stream()
        .min(java.util.Comparator.comparing(c -> Duration.between(c.at(), task.ended()).abs()))
        .map(CountyCases.Completion::actor)
        .orElse(NOT_CLAIMED);
  }

  private static void deadlineFact(CaseRecord record, TaskRecord task, String person, LocalDateTime now, List<Fact> facts) {
    String kind = DEADLINE_KINDS.get(task.taskKey());
    if (task.completed()) {
      boolean met = !task.ended().isAfter(task.due());
      facts.add(Fact.about(met ? DEADLINE_MET : DEADLINE_MISSED, kind, record, person,
          PageText.of("dashboard.detail.deadlineDone", task.name(), minutes(task.due()), minutes(task.ended())), null));
    } else if (task.ended() == null && task.due().isBefore(now)) {
      facts.add(Fact.about(DEADLINE_MISSED, kind, record, person,
          PageText.of("dashboard.detail.deadlineOpen", task.name(), minutes(task.due())), null));
    }
    // a task cancelled by the process (an interrupting timer, a closure) was neither met nor missed by anyone
  }

  static String ageBand(Duration age) {
    if (age.toHours() < 24) {
      return "under-1-day";
    } else if (age.toDays() < 3) {
      return "1-3-days";
    } else if (age.toDays() < 7) {
      return "3-7-days";
    }
    return "over-7-days";
  }

  static String daysLeftBand(long daysLeft) {
    if (daysLeft < 0) {
      return "decision-overdue";
    } else if (daysLeft <= 7) {
      return "7-days-or-fewer";
    } else if (daysLeft <= 30) {
      return "8-30-days";
    }
    return "over-30-days";
  }

  private static PageText opened(CaseRecord record) {
    return PageText.of("dashboard.detail.opened", minutes(record.openedAt()));
  }

  private static PageText closed(CaseRecord record) {
    return PageText.of("dashboard.detail.closed", minutes(record.closedAt()));
  }

  /** To the minute; null stays null (a dash in words). */
  private static LocalDateTime minutes(LocalDateTime time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
  }
}
