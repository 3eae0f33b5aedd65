package org.careflow.benchmark.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** results.md (the table with ratios), results.csv (the same figures) and chart.png (XChart). */
final class Results {

  static final String CAREFLOW = "CareFlow";
  static final String BASELINE = "baseline";

  /** The figures the chart shows, one panel each. */
  private static final List<Metric> CHARTED = List.of(Metric.CHAIN_THROUGHPUT, Metric.INTAKE_THROUGHPUT,
      Metric.LIST_PAGE_P95, Metric.LIST_COUNT_P95, Metric.DASHBOARD_P95, Metric.STORAGE_PER_CASE);

  private Results() {
  }

  static void write(Path dir, Benchmark.Config config, String database, List<Measurement> measurements,
      List<String> notes, List<String> problems) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("results.csv"), csv(config, measurements), StandardCharsets.UTF_8);
      chart(dir.resolve("chart.png"), config, measurements);
      Files.writeString(dir.resolve("results.md"), markdown(config, database, measurements, notes, problems), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OptionalDouble value(List<Measurement> measurements, String system, int size, Metric metric) {
    return measurements.stream().filter(m -> m.system().equals(system) && m.size() == size && m.metric() == metric)
        .mapToDouble(Measurement::value).findFirst();
  }

  private static String csv(Benchmark.Config config, List<Measurement> measurements) {
    StringBuilder out = new StringBuilder("metric,unit,size,careflow,baseline,ratio\n");
    for (Metric metric : Metric.values()) {
      for (int size : config.sizes()) {
        OptionalDouble careflow = value(measurements, CAREFLOW, size, metric);
        OptionalDouble baseline = value(measurements, BASELINE, size, metric);
        out.append(metric.key()).append(',').append(metric.unit).append(',').append(size).append(',')
            .append(raw(careflow)).append(',').append(raw(baseline)).append(',').append(raw(ratio(careflow, baseline)))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String markdown(Benchmark.Config config, String database, List<Measurement> measurements,
      List<String> notes, List<String> problems) {
    StringBuilder md = new StringBuilder();
    md.append("# CareFlow against a bare Camunda 7.24 starter\n\n");
    md.append("- run: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(config.smoke() ? " (smoke)" : "").append('\n');
    md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(", Java ")
        .append(System.getProperty("java.version")).append("; each system in its own JVM (-Xmx1g), one at a time\n");
    md.append("- database: ").append(database).append(", a fresh database per system\n");
    md.append("- sizes (cases driven, cumulative): ").append(config.sizes()).append("; concurrency ").append(config.concurrency())
        .append("; ").append(config.warmup()).append(" warm-up reports a system first (not counted); ").append(config.listRequests()).append(" list requests and ").append(config.dashboardRequests())
        .append(" dashboard requests a size, one at a time, after 5 warm-ups\n");
    md.append("- command: `mvn -B -ntp -Pbenchmark -pl benchmark/driver -am verify -DskipTests")
        .append(config.smoke() ? " -Dbenchmark.smoke=true" : " -Dbenchmark.cases=" + config.sizes().stream().map(String::valueOf)
            .collect(Collectors.joining(",")))
        .append("`\n\n");
    md.append("Ratio = CareFlow / baseline. For throughput above 1 means CareFlow is faster; for times, storage and rows ")
        .append("above 1 means CareFlow takes more.\n\n");
    md.append("| metric | unit | size | CareFlow | baseline | ratio |\n|---|---|---:|---:|---:|---:|\n");
    for (Metric metric : Metric.values()) {
      for (int size : config.sizes()) {
        OptionalDouble careflow = value(measurements, CAREFLOW, size, metric);
        OptionalDouble baseline = value(measurements, BASELINE, size, metric);
        md.append("| ").append(metric.label).append(" | ").append(metric.unit).append(" | ").append(size).append(" | ")
            .append(pretty(careflow)).append(" | ").append(pretty(baseline)).append(" | ").append(prettyRatio(metric.compared() ? ratio(careflow, baseline) : OptionalDouble.empty()))
            .append(" |\n");
      }
    }
    md.append("\n![chart](chart.png)\n\n## How\n\n");
    md.append("- sizes are cumulative: the throughput and intake times at a size are those of the batch that brought the cases ")
        .append("from the previous size to it; lists, dashboard, storage and rows are measured at that size\n");
    md.append("- intake: the reports' HTTP calls at concurrency ").append(config.concurrency())
        .append("; throughput = reports answered / time until the last answer; p50/p95 of one call\n");
    md.append("- chain: reports sent / time from the first report until every case waits at the township's user task ")
        .append("(`GET /engine-rest/task/count?processDefinitionKey=...&taskDefinitionKey=Task_TriageReport`, polled every 200 ms)\n");
    md.append("- triage: after the reads of each size, the township supervisor's ").append(config.triage())
        .append(" oldest unclaimed triage tasks, ").append(config.concurrency())
        .append(" at once: claim, the form, its variables, submit (risk confirmed low); throughput = tasks / time from the first claim ")
        .append("until each case waits at the agency's assessment task; p50/p95 of one task's four calls. Triaged cases count as ")
        .append("having left the user task at later sizes\n");
    md.append("- storage: growth of the sum of `pg_total_relation_size` over every table of the system's database since its start, ")
        .append("divided by the cases; rows: growth of `sum(n_tup_ins)` in `pg_stat_user_tables`, divided by the cases\n");
    notes.forEach(note -> md.append("- ").append(note).append('\n'));
    if (!problems.isEmpty()) {
      md.append("\n## Problems\n\n");
      problems.forEach(problem -> md.append("- ").append(problem).append('\n'));
    }
    return md.toString();
  }

  private static void chart(Path file, Benchmark.Config config, List<Measurement> measurements) throws IOException {
    List<CategoryChart> charts = new ArrayList<>();
    List<String> sizes = config.sizes().stream().map(String::valueOf).toList();
    for (Metric metric : CHARTED) {
      CategoryChart chart = new CategoryChartBuilder().width(520).height(360).title(metric.label)
          .xAxisTitle("cases").yAxisTitle(metric.unit).build();
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setChartTitleFont(
          chart.getStyler().getChartTitleFont().deriveFont(12f));
      for (String system : List.of(CAREFLOW, BASELINE)) {
        List<Double> values = config.sizes().stream().map(size -> value(measurements, system, size, metric).orElse(0)).toList();
        if (measurements.stream().anyMatch(m -> m.system().equals(system))) {
          chart.addSeries(system, sizes, values);
        }
      }
      if (!chart.getSeriesMap().isEmpty()) {
        charts.add(chart);
      }
    }
    if (!charts.isEmpty()) {
      BitmapEncoder.saveBitmap(charts, 2, 3, file.toString().replaceAll("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }
  }

  /** The files are there and every figure of every configured system is a number. */
  static List<String> checkFiles(Path dir, Benchmark.Config config, List<Measurement> measurements) {
    List<String> failed = new ArrayList<>();
    for (String name : List.of("results.md", "results.csv", "chart.png")) {
      Path file = dir.resolve(name);
      try {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
          failed.add(file + " is missing or empty");
        }
      } catch (IOException e) {
        failed.add(file + ": " + e.getMessage());
      }
    }
    Map<String, Integer> column = Map.of("careflow", 3, "baseline", 4);
    try {
      List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
      int expected = Metric.values().length * config.sizes().size();
      if (lines.size() - 1 != expected) {
        failed.add("results.csv has " + (lines.size() - 1) + " rows, expected " + expected);
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        for (String system : config.systems()) {
          String cell = cells[column.get(system)];
          try {
            if (!Double.isFinite(Double.parseDouble(cell))) {
              failed.add("results.csv: " + system + " " + cells[0] + " at " + cells[2] + " is " + cell);
            }
          } catch (NumberFormatException e) {
            failed.add("results.csv: " + system + " " + cells[0] + " at " + cells[2] + " is not a number: '" + cell + "'");
          }
        }
      }
    } catch (IOException e) {
      failed.add("results.csv: " + e.getMessage());
    }
    return failed;
  }

  private static OptionalDouble ratio(OptionalDouble careflow, OptionalDouble baseline) {
    if (careflow.isEmpty() || baseline.isEmpty() || baseline.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(careflow.getAsDouble() / baseline.getAsDouble());
  }

  private static String raw(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "";
  }

  private static String pretty(OptionalDouble value) {
    if (value.isEmpty()) {
      return "–";
    }
    double v = value.getAsDouble();
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String prettyRatio(OptionalDouble value) {
    return value.isPresent() && Double.isFinite(value.getAsDouble()) ? String.format(Locale.ROOT, "%.2f×", value.getAsDouble()) : "–";
  }

}
