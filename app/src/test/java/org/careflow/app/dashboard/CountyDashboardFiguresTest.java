package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careflow.app.dashboard.EngineWork.TaskRecord;
import org.careflow.app.pages.PageBundles;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures from records and tasks chosen so that each rule changes a number: the
 * medians (an odd and an even count, not means), the age bands at their edges, the overdue card,
 * a deadline still open past its date (missed), and a task the process cancelled (neither).
 */
class CountyDashboardFiguresTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 10, 12, 0);
  private static final String COUNTY = "qingshan";

  private final CountyCases cases = mock(CountyCases.class);
  private final EngineWork engine = mock(EngineWork.class);
  private final CountyDashboard dashboard =
      new CountyDashboard(cases, engine, Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE));

  private final List<CaseRecord> records = new ArrayList<>();
  private final List<CountyCases.Completion> completions = new ArrayList<>();
  private final List<TaskRecord> openTasks = new ArrayList<>();
  private final List<TaskRecord> deadlineTasks = new ArrayList<>();

  @Test
  void mediansAreMediansOfFirstResponseHoursAndClosureDays() {
    // first response after 1, 2, 6, 10 and 30 hours: median 6 (mean 9.8); closed after 8, 4 and 1 days: median 4 (mean 4.3)
    protectionCase("QS-1", NOW.minusDays(10), NOW.minusDays(2), 2);
    protectionCase("QS-2", NOW.minusDays(5), NOW.minusDays(1), 6);
    protectionCase("QS-3", NOW.minusDays(3), null, 1);
    protectionCase("QS-4", NOW.minusDays(2), null, 10);
    protectionCase("QS-5", NOW.minusDays(3), NOW.minusDays(2), 30);

    DashboardView view = view();

    assertThat(card(view, "Median hours, report to first response")).isEqualTo("6.0");
    assertThat(card(view, "Median days, report to closure")).isEqualTo("4.0");
    assertThat(card(view, "Open cases")).isEqualTo("2");
  }

  @Test
  void anEvenCountTakesTheMeanOfTheMiddleTwoAndNoValuesShowADash() {
    List<Fact> facts = List.of(value(1.0), value(2.0), value(10.0), value(3.0));

    assertThat(DashboardView.median(facts, Fact.Metric.CLOSURE)).isEqualTo("2.5");
    assertThat(DashboardView.median(List.of(), Fact.Metric.CLOSURE)).isEqualTo("-");
  }

  @Test
  void openTasksFallIntoAgeBandsByTheirEdges() {
    CaseRecord record = protectionCase("QS-1", NOW.minusDays(30), null, 1);
    // under 1 day: 1; 1-3 days: 2; 3-7 days: 3; over 7 days: 4
    for (Duration age : List.of(Duration.ofHours(23).plusMinutes(59),
        Duration.ofHours(24), Duration.ofHours(71),
        Duration.ofHours(72), Duration.ofDays(5), Duration.ofDays(7).minusMinutes(1),
        Duration.ofDays(7), Duration.ofDays(8), Duration.ofDays(9), Duration.ofDays(20))) {
      openTask(record, NOW.minus(age), null);
    }

    assertThat(view().openTasksByAge()).extracting(bar -> bar.label() + "=" + bar.count())
        .containsExactly("under 1 day=1", "1-3 days=2", "3-7 days=3", "over 7 days=4");
  }

  @Test
  void theOverdueCardCountsOpenTasksPastTheirDueDateOnly() {
    CaseRecord record = protectionCase("QS-1", NOW.minusDays(30), null, 1);
    openTask(record, NOW.minusDays(3), NOW.minusMinutes(1));
    openTask(record, NOW.minusDays(3), NOW.minusDays(1));
    openTask(record, NOW.minusDays(3), NOW.plusHours(1));
    openTask(record, NOW.minusDays(3), null);

    assertThat(card(view(), "Overdue tasks")).isEqualTo("2");
  }

  @Test
  void aDeadlineOpenPastItsDateIsMissedAndOneTheProcessCancelledIsNeither() {
    CaseRecord record = protectionCase("QS-1", NOW.minusDays(30), null, 1);
    LocalDateTime due = NOW.minusDays(2);
    deadline(record, due, due.minusHours(1), true);        // done in time: met
    deadline(record, due, due, true);                      // done on the hour it was due: met
    deadline(record, due, due.plusHours(1), true);         // done late: missed
    deadline(record, due, null, false);                    // still open past its date: missed
    deadline(record, NOW.plusDays(1), null, false);        // still open, not yet due: neither
    deadline(record, due, due.plusDays(1), false);         // cancelled by the process after its date: neither
    deadline(record, due, due.minusDays(1), false);        // cancelled before its date: neither

    DashboardView view = view();

    assertThat(view.deadlinesByTownship()).extracting(row -> row.label() + " " + row.kind() + " met=" + row.met() + " missed=" + row.missed())
        .containsExactly("荷塘镇 Visits met=2 missed=2");
    assertThat(card(view, "Deadlines missed")).isEqualTo("2");
  }

  private DashboardView view() {
    when(cases.of(COUNTY)).thenReturn(records);
    when(cases.completions(COUNTY)).thenReturn(completions);
    when(engine.openTasks(COUNTY)).thenReturn(openTasks);
    when(engine.tasksWithDeadlines(eq(COUNTY), anyCollection())).thenReturn(deadlineTasks);
    when(engine.incidents(COUNTY)).thenReturn(List.of());
    Map<String, String> atAssessment = new HashMap<>();
    records.forEach(r -> atAssessment.put(r.processInstanceId(), "CallActivity_AssessmentAndAssistance"));
    when(engine.instancesIn(eq(COUNTY), any())).thenReturn(atAssessment);
    return DashboardView.of("青山县", dashboard.factsOf(COUNTY), PageBundles.english());
  }

  private CaseRecord protectionCase(String number, LocalDateTime opened, LocalDateTime closed, int hoursToFirstStep) {
    CaseRecord record = new CaseRecord(number, CaseRecord.Kind.PROTECTION, "pi-" + number, records.size() + 1,
        "Child " + number, "hetang", "荷塘镇", opened, closed, closed == null ? "OPEN" : "CLOSED", null);
    records.add(record);
    completions.add(new CountyCases.Completion(number, "Task_TriageReport", opened.plusHours(hoursToFirstStep), "agency.qingshan"));
    completions.add(new CountyCases.Completion(number, "Task_VisitChild", opened.plusHours(hoursToFirstStep + 5), "director.hetang"));
    return record;
  }

  private void openTask(CaseRecord record, LocalDateTime created, LocalDateTime due) {
    openTasks.add(new TaskRecord(record.caseNumber(), "Task_VisitChild", "走访儿童", null, created, due, null, false));
  }

  private void deadline(CaseRecord record, LocalDateTime due, LocalDateTime ended, boolean completed) {
    deadlineTasks.add(new TaskRecord(record.caseNumber(), "Task_VisitChild", "走访儿童", "director.hetang",
        due.minusDays(7), due, ended, completed));
  }

  private static String card(DashboardView view, String title) {
    return view.cards().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow().figure();
  }

  private static Fact value(double value) {
    return new Fact(Fact.Metric.CLOSURE, null, "QS-" + value, 1, "Child", "hetang", "荷塘镇", null, null, value);
  }
}
