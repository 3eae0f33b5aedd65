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
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's figures, each counted from the facts and linked to the list of them. */
record DashboardView(String countyName, List<Card> cards, List<Bar> openByStage, List<Bar> openByTownship,
    List<DeadlineRow> deadlinesByTownship, List<DeadlineRow> deadlinesByPerson, List<Bar> openTasksByAge,
    List<Fact> incidents, List<Fact> placementsInIntegration) {

  static final String DRILL_DOWN = "/pages/dashboard/cases";
  static final List<String> AGE_BANDS = List.of("under 1 day", "1-3 days", "3-7 days", "over 7 days");

  record Card(String title, String figure, String link) {
  }

  record Bar(String label, long count, int percent, String link) {
  }

  record DeadlineRow(String label, String kind, long met, long missed, String metLink, String missedLink) {
    public int metPercent() {
      return met + missed == 0 ? 0 : (int) Math.round(100.0 * met / (met + missed));
    }
  }

  static DashboardView of(String countyName, List<Fact> facts) {
    List<Card> cards = List.of(
        new Card("Open cases", String.valueOf(count(facts, OPEN_CASE)), link(OPEN_CASE, null, null, null)),
        new Card("Overdue tasks", String.valueOf(count(facts, OVERDUE_TASK)), link(OVERDUE_TASK, null, null, null)),
        new Card("Deadlines missed", String.valueOf(count(facts, DEADLINE_MISSED)), link(DEADLINE_MISSED, null, null, null)),
        new Card("Incidents", String.valueOf(count(facts, INCIDENT)), link(INCIDENT, null, null, null)),
        new Card("Placements in integration", String.valueOf(count(facts, IN_INTEGRATION)), link(IN_INTEGRATION, null, null, null)),
        new Card("Median hours, report to first response", median(facts, FIRST_RESPONSE), link(FIRST_RESPONSE, null, null, null)),
        new Card("Median days, report to closure", median(facts, CLOSURE), link(CLOSURE, null, null, null)));
    return new DashboardView(countyName, cards,
        bars(facts, OPEN_CASE, Fact::group, label -> link(OPEN_CASE, label, null, null), null),
        bars(facts, OPEN_CASE, Fact::townshipName, name -> link(OPEN_CASE, null, townshipCode(facts, name), null), null),
        deadlineRows(facts, Fact::townshipName, (label, kind, metric) -> link(metric, kind, townshipCode(facts, label), null)),
        deadlineRows(facts, Fact::person, (label, kind, metric) -> link(metric, kind, null, label)),
        bars(facts, OPEN_TASK, Fact::group, band -> link(OPEN_TASK, band, null, null), AGE_BANDS),
        facts.stream().filter(f -> f.metric() == INCIDENT).toList(),
        facts.stream().filter(f -> f.metric() == IN_INTEGRATION).sorted(Comparator.comparing(Fact::value)).toList());
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

  private static List<Bar> bars(List<Fact> facts, Metric metric, Function<Fact, String> label,
      Function<String, String> linkOf, List<String> order) {
    Map<String, Long> counts = facts.stream().filter(f -> f.metric() == metric)
        .collect(Collectors.groupingBy(label, TreeMap::new, Collectors.counting()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    if (order != null) {
      order.forEach(key -> ordered.put(key, counts.getOrDefault(key, 0L)));
    }
    ordered.putAll(counts);
    long max = ordered.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    ordered.forEach((key, count) -> bars.add(new Bar(key, count, max == 0 ? 0 : (int) (100 * count / max), linkOf.apply(key))));
    return bars;
  }

  interface DeadlineLink {
    String of(String label, String kind, Metric metric);
  }

  private static List<DeadlineRow> deadlineRows(List<Fact> facts, Function<Fact, String> label, DeadlineLink link) {
    Map<String, Map<String, long[]>> table = new TreeMap<>();
    facts.stream().filter(f -> f.metric() == DEADLINE_MET || f.metric() == DEADLINE_MISSED).forEach(f -> {
      long[] metMissed = table.computeIfAbsent(String.valueOf(label.apply(f)), k -> new TreeMap<>())
          .computeIfAbsent(f.group(), k -> new long[2]);
      metMissed[f.metric() == DEADLINE_MET ? 0 : 1]++;
    });
    List<DeadlineRow> rows = new ArrayList<>();
    table.forEach((name, kinds) -> kinds.forEach((kind, metMissed) -> rows.add(new DeadlineRow(name, kind,
        metMissed[0], metMissed[1], link.of(name, kind, DEADLINE_MET), link.of(name, kind, DEADLINE_MISSED)))));
    return rows;
  }

  private static String townshipCode(List<Fact> facts, String townshipName) {
    return facts.stream().filter(f -> townshipName.equals(f.townshipName())).map(Fact::townshipCode).findFirst().orElse(null);
  }
}
