package org.careflow.app.dashboard;

import static org.careflow.app.dashboard.Fact.Metric.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careflow.app.dashboard.Fact.Metric;
import org.careflow.app.pages.PageTexts;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's figures, each counted from the facts and linked to the list of them, in the
 * reader's words; the links carry the facts' codes, whatever the language.
 */
record DashboardView(String countyName, List<Card> cards, List<Bar> openByStage, List<Bar> openByTownship,
    List<DeadlineRow> deadlinesByTownship, List<DeadlineRow> deadlinesByPerson, List<Bar> openTasksByAge,
    List<Line> incidents, List<Line> placementsInIntegration) {

  static final String DRILL_DOWN = "/pages/dashboard/cases";
  static final List<String> AGE_BANDS = List.of("under-1-day", "1-3-days", "3-7-days", "over-7-days");

  /** A figure; {@code metric} is its slug, the same in every language. */
  record Card(String metric, String title, String figure, String link) {
  }

  record Bar(String label, long count, int percent, String link) {
  }

  record DeadlineRow(String label, String kind, long met, long missed, String metLink, String missedLink) {
    public int metPercent() {
      return met + missed == 0 ? 0 : (int) Math.round(100.0 * met / (met + missed));
    }
  }

  /** A fact as a line of a table: its case, child, township, person and detail in words. */
  record Line(String caseNumber, long childId, String childName, String townshipName, String person, String detail) {
  }

  static DashboardView of(String countyName, List<Fact> facts, PageTexts texts) {
    List<Card> cards = List.of(
        card(OPEN_CASE, String.valueOf(count(facts, OPEN_CASE)), texts),
        card(OVERDUE_TASK, String.valueOf(count(facts, OVERDUE_TASK)), texts),
        card(DEADLINE_MISSED, String.valueOf(count(facts, DEADLINE_MISSED)), texts),
        card(INCIDENT, String.valueOf(count(facts, INCIDENT)), texts),
        card(IN_INTEGRATION, String.valueOf(count(facts, IN_INTEGRATION)), texts),
        card(FIRST_RESPONSE, median(facts, FIRST_RESPONSE), texts),
        card(CLOSURE, median(facts, CLOSURE), texts));
    Function<String, String> group = code -> groupLabel(code, texts);
    Function<String, String> person = who -> personLabel(who, texts);
    return new DashboardView(countyName, cards,
        bars(facts, OPEN_CASE, Fact::group, group, stage -> link(OPEN_CASE, stage, null, null), null),
        bars(facts, OPEN_CASE, Fact::townshipName, Function.identity(),
            name -> link(OPEN_CASE, null, townshipCode(facts, name), null), null),
        deadlineRows(facts, Fact::townshipName, Function.identity(), group,
            (label, kind, metric) -> link(metric, kind, townshipCode(facts, label), null)),
        deadlineRows(facts, Fact::person, person, group, (label, kind, metric) -> link(metric, kind, null, label)),
        bars(facts, OPEN_TASK, Fact::group, group, band -> link(OPEN_TASK, band, null, null), AGE_BANDS),
        lines(facts.stream().filter(f -> f.metric() == INCIDENT).toList(), texts),
        lines(facts.stream().filter(f -> f.metric() == IN_INTEGRATION).sorted(Comparator.comparing(Fact::value)).toList(), texts));
  }

  static String title(Metric metric, PageTexts texts) {
    return texts.get("dashboard.metric." + metric.slug());
  }

  /** The words of a group's code; a task's name or an incident's type is its own word. */
  static String groupLabel(String code, PageTexts texts) {
    return code == null ? null : texts.labelOr("dashboard.group.", code);
  }

  static String personLabel(String person, PageTexts texts) {
    return CountyDashboard.NOT_CLAIMED.equals(person) ? texts.get("dashboard.notClaimed") : person;
  }

  static List<Line> lines(List<Fact> facts, PageTexts texts) {
    return facts.stream().map(f -> new Line(f.caseNumber(), f.childId(), f.childName(), f.townshipName(),
        personLabel(f.person(), texts), f.detail() == null ? "" : texts.get(f.detail()))).toList();
  }

  static long count(List<Fact> facts, Metric metric) {
    return facts.stream().filter(f -> f.metric() == metric).count();
  }

  /** The median of the metric's values, one decimal; a dash when there are none. */
  static String median(List<Fact> facts, Metric metric) {
    List<Double> values = facts.stream().filter(f -> f.metric() == metric).map(Fact::value).filter(Objects::nonNull)
        .sorted().toList();
    if (values.isEmpty()) {
      return "-";
    }
    int middle = values.size() / 2;
    double median = values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    return String.format(java.util.Locale.ROOT, "%.1f", median);
  }

  static String link(Metric metric, String group, String township, String person) {
    var uri = UriComponentsBuilder.fromPath(DRILL_DOWN).queryParam("metric", metric.slug());
    if (group != null) {
      uri.queryParam("group", group);
    }
    if (township != null) {
      uri.queryParam("township", township);
    }
    if (person != null) {
      uri.queryParam("person", person);
    }
    return uri.encode().build().toUriString();
  }

  private static Card card(Metric metric, String figure, PageTexts texts) {
    return new Card(metric.slug(), texts.get("dashboard.card." + metric.slug()), figure, link(metric, null, null, null));
  }

  private static List<Bar> bars(List<Fact> facts, Metric metric, Function<Fact, String> key,
      Function<String, String> words, Function<String, String> linkOf, List<String> order) {
    Map<String, Long> counts = facts.stream().filter(f -> f.metric() == metric)
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    if (order != null) {
      order.forEach(k -> ordered.put(k, counts.getOrDefault(k, 0L)));
    }
    ordered.putAll(counts);
    long max = ordered.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    ordered.forEach((k, count) -> bars.add(new Bar(words.apply(k), count, max == 0 ? 0 : (int) (100 * count / max), linkOf.apply(k))));
    return bars;
  }

  interface DeadlineLink {
    String of(String label, String kind, Metric metric);
  }

  private static List<DeadlineRow> deadlineRows(List<Fact> facts, Function<Fact, String> key, Function<String, String> keyWords,
      Function<String, String> kindWords, DeadlineLink link) {
    Map<String, Map<String, long[]>> table = new TreeMap<>();
    facts.stream().filter(f -> f.metric() == DEADLINE_MET || f.metric() == DEADLINE_MISSED).forEach(f -> {
      long[] metMissed = table.computeIfAbsent(String.valueOf(key.apply(f)), k -> new TreeMap<>())
          .computeIfAbsent(f.group(), k -> new long[2]);
      metMissed[f.metric() == DEADLINE_MET ? 0 : 1]++;
    });
    List<DeadlineRow> rows = new ArrayList<>();
    table.forEach((name, kinds) -> kinds.forEach((kind, metMissed) -> rows.add(new DeadlineRow(keyWords.apply(name),
        kindWords.apply(kind), metMissed[0], metMissed[1], link.of(name, kind, DEADLINE_MET), link.of(name, kind, DEADLINE_MISSED)))));
    return rows;
  }

  private static String townshipCode(List<Fact> facts, String townshipName) {
    return facts.stream().filter(f -> townshipName.equals(f.townshipName())).map(Fact::townshipCode).findFirst().orElse(null);
  }
}
