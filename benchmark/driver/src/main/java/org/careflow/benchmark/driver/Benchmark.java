package org.careflow.benchmark.driver;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The benchmark: one PostgreSQL server, then for each system (CareFlow, the bare Camunda baseline)
 * a fresh database and a JVM of its own, driven through its public HTTP API to each size in turn
 * (cases are added, never removed: size 1000 after size 200 drives 800 more), measured after each
 * size, stopped; then results.md, results.csv and chart.png, and the checks (every figure numeric,
 * every case at the user task, no refused report, no incident). Exits 1 when a check fails.
 *
 * <p>Properties: benchmark.cases (sizes, comma-separated; default 200,1000, smoke 200),
 * benchmark.smoke, benchmark.concurrency (8), benchmark.listRequests (50), benchmark.dashboardRequests
 * (20), benchmark.systems (careflow,baseline), benchmark.jdbcUrl / jdbcUser / jdbcPassword (a server
 * instead of the embedded one), benchmark.resultsDir, benchmark.workDir, benchmark.appJar,
 * benchmark.baselineJar, benchmark.workersJar, benchmark.scaleOut (cases a step of the scale-out run,
 * {@link ScaleOut}; 0 = none, smoke 30; {@code -Dbenchmark.systems=none} runs it alone), benchmark.triage
 * (triage tasks the township supervisor completes through the form after the reads of each size; 100, smoke 20).
 */
public final class Benchmark {

  record Config(List<Integer> sizes, boolean smoke, int concurrency, int warmup, int listRequests, int dashboardRequests,
      List<String> systems, String jdbcUrl, String jdbcUser, String jdbcPassword, Path resultsDir, Path workDir,
      Path appJar, Path baselineJar, Path workersJar, int scaleOut, int triage) {

    static Config fromProperties() {
      boolean smoke = Boolean.parseBoolean(prop("benchmark.smoke", "false"));
      List<Integer> sizes = Arrays.stream(prop("benchmark.cases", smoke ? "200" : "200,1000").split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().distinct().toList();
      return new Config(sizes, smoke,
          Integer.parseInt(prop("benchmark.concurrency", "8")),
          Integer.parseInt(prop("benchmark.warmup", "40")),
          Integer.parseInt(prop("benchmark.listRequests", smoke ? "20" : "50")),
          Integer.parseInt(prop("benchmark.dashboardRequests", smoke ? "10" : "20")),
          Arrays.stream(prop("benchmark.systems", "careflow,baseline").split(",")).map(String::trim)
              .filter(name -> !name.isEmpty() && !name.equals("none")).toList(),
          prop("benchmark.jdbcUrl", ""), prop("benchmark.jdbcUser", "postgres"), prop("benchmark.jdbcPassword", ""),
          Path.of(prop("benchmark.resultsDir", "benchmark/results")).toAbsolutePath().normalize(),
          Path.of(prop("benchmark.workDir", "benchmark/driver/target/benchmark-work")).toAbsolutePath().normalize(),
          Path.of(prop("benchmark.appJar", "app/target/careflow-app-0.1.0-SNAPSHOT.jar")).toAbsolutePath().normalize(),
          Path.of(prop("benchmark.baselineJar", "benchmark/baseline/target/careflow-benchmark-baseline-0.1.0-SNAPSHOT.jar"))
              .toAbsolutePath().normalize(),
          Path.of(prop("benchmark.workersJar", "workers/target/careflow-workers-0.1.0-SNAPSHOT-exec.jar")).toAbsolutePath().normalize(),
          Integer.parseInt(prop("benchmark.scaleOut", smoke ? "30" : "0")),
          Integer.parseInt(prop("benchmark.triage", smoke ? "20" : "100")));
    }

    private static String prop(String name, String fallback) {
      String value = System.getProperty(name);
      return value == null || value.isBlank() ? fallback : value.trim();
    }
  }

  /** Warm-up reports are numbered from here, so their children's names never meet the measured ones'. */
  static final int WARMUP_FIRST = 1_000_000;
  /** The scale-out run's reports are numbered from here. */
  static final int SCALE_OUT_FIRST = 2_000_000;

  private final Config config;
  private final List<Measurement> measurements = Collections.synchronizedList(new ArrayList<>());
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = new ArrayList<>();

  Benchmark(Config config) {
    this.config = config;
  }

  public static void main(String[] args) {
    Config config = Config.fromProperties();
    long started = System.nanoTime();
    Path dir;
    List<String> failed;
    try {
      Benchmark benchmark = new Benchmark(config);
      dir = benchmark.run();
      failed = benchmark.check(dir);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.printf("Benchmark done in %.0f s: %s%n", (System.nanoTime() - started) / 1e9, dir.resolve("results.md"));
    if (!failed.isEmpty()) {
      System.out.println("CHECK FAILED:");
      failed.forEach(f -> System.out.println("  - " + f));
      System.exit(1);
    }
    System.out.println("All checks passed.");
    System.exit(0);
  }

  Path run() {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path dir = config.resultsDir().resolve(stamp);
    Path logDir = config.workDir().resolve(stamp);
    log("Sizes " + config.sizes() + ", concurrency " + config.concurrency() + ", systems " + config.systems()
        + "; results in " + dir + ", logs in " + logDir);
    String databaseDescription;
    try (Database db = config.jdbcUrl().isEmpty() ? Database.embedded()
        : Database.server(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword())) {
      Runtime.getRuntime().addShutdownHook(new Thread(db::close, "stop-postgres"));
      databaseDescription = db.describe();
      log("Database: " + databaseDescription);
      for (String name : config.systems()) {
        SystemUnderTest system = switch (name) {
          case "careflow" -> new CareFlowSystem(config.appJar());
          case "baseline" -> new BaselineSystem(config.baselineJar());
          default -> throw new IllegalArgumentException("Unknown system " + name + " (careflow, baseline)");
        };
        try {
          measure(system, db, logDir);
        } catch (RuntimeException e) {
          problems.add(system.name() + " stopped: " + e);
          e.printStackTrace();
        } finally {
          system.close();
        }
      }
      if (config.scaleOut() > 0) {
        problems.addAll(new ScaleOut(config, db, logDir).run(dir));
        notes.add("scale-out (workers 1 → 3, two app nodes on one database, " + config.scaleOut() + " cases a step): scale-out.md");
      }
    }
    if (!config.systems().isEmpty()) {
      Results.write(dir, config, databaseDescription, List.copyOf(measurements), notes, problems);
    }
    return dir;
  }

  private void measure(SystemUnderTest system, Database db, Path logDir) {
    long t0 = System.nanoTime();
    log(system.name() + ": starting");
    system.start(db, logDir);
    log(system.name() + ": up in " + Math.round((System.nanoTime() - t0) / 1e9) + " s");
    notes.add(system.name() + ": " + system.describe());
    if (config.warmup() > 0) {
      // a cold JVM's first reports measure the JIT, not the system: these are sent, awaited and not counted
      log(system.name() + ": " + config.warmup() + " warm-up reports");
      long before = system.casesAtUserTask();
      runReports(system, WARMUP_FIRST, config.warmup(), new ConcurrentLinkedQueue<>(), new AtomicInteger());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (system.casesAtUserTask() < before + config.warmup() && System.nanoTime() < deadline) {
        sleep(200);
      }
    }
    notes.add(system.name() + ": load average before driving " + loadAverage());
    long bytesBefore = db.totalBytes(system.database());
    long rowsBefore = db.rowsInserted(system.database());
    long atTaskBefore = system.casesAtUserTask();
    int driven = 0;
    int triaged = 0;
    for (int size : config.sizes()) {
      int batch = size - driven;
      // the cases triaged at earlier sizes have left the user task
      drive(system, size, driven, batch, atTaskBefore - triaged);
      driven = size;
      sleep(1500); // lets the statistics of the last transactions reach pg_stat_user_tables
      record(system, size, Metric.STORAGE_PER_CASE, (db.totalBytes(system.database()) - bytesBefore) / 1024.0 / size);
      record(system, size, Metric.ROWS_PER_CASE, (double) (db.rowsInserted(system.database()) - rowsBefore) / size);
      long atTask = system.casesAtUserTask() - atTaskBefore + triaged;
      record(system, size, Metric.CASES_AT_USER_TASK, atTask);
      long incidents = system.incidents();
      if (incidents > 0) {
        problems.add(system.name() + " at " + size + ": " + incidents + " incidents");
      }
      measureReads(system, size, triaged);
      triaged += triage(system, size);
    }
    notes.add(system.name() + ": load average after its last size " + loadAverage());
  }

  /** Sends {@code batch} reports at the configured concurrency; meanwhile counts the cases at the user task. */
  private void drive(SystemUnderTest system, int size, int first, int batch, long atTaskBefore) {
    log(system.name() + ": driving " + batch + " reports to reach " + size);
    ConcurrentLinkedQueue<Long> took = new ConcurrentLinkedQueue<>();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = startReports(system, first, batch, took, refused);
    long intakeDone = 0;
    long reached = 0;
    long target = atTaskBefore + size;
    long lastCount = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      if (intakeDone == 0 && pool.isTerminated()) {
        intakeDone = System.nanoTime();
      }
      long count = system.casesAtUserTask();
      if (count >= target && intakeDone != 0) {
        reached = System.nanoTime();
        break;
      }
      if (count != lastCount) {
        lastCount = count;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(90) && intakeDone != 0) {
        problems.add(system.name() + " at " + size + ": only " + (count - atTaskBefore) + " of " + size
            + " cases reached the user task (no progress for 90 s)");
        break;
      }
      sleep(200);
    }
    if (refused.get() > 0) {
      problems.add(system.name() + " at " + size + ": " + refused.get() + " reports refused");
    }
    double intakeSeconds = (intakeDone - start) / 1e9;
    record(system, size, Metric.INTAKE_THROUGHPUT, took.size() / intakeSeconds);
    List<Long> all = new ArrayList<>(took);
    record(system, size, Metric.INTAKE_P50, Stats.percentileMillis(all, 50));
    record(system, size, Metric.INTAKE_P95, Stats.percentileMillis(all, 95));
    record(system, size, Metric.CHAIN_THROUGHPUT, reached == 0 ? Double.NaN : batch / ((reached - start) / 1e9));
    log(String.format("%s: %d reports in %.1f s (%.1f/s); all at the user task after %.1f s", system.name(), took.size(),
        intakeSeconds, took.size() / intakeSeconds, reached == 0 ? Double.NaN : (reached - start) / 1e9));
  }

  private void runReports(SystemUnderTest system, int first, int count, ConcurrentLinkedQueue<Long> took, AtomicInteger refused) {
    ExecutorService pool = startReports(system, first, count, took, refused);
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reports first .. first + count - 1, by {@code concurrency} users at once, each sending its next as soon as one is answered. */
  private ExecutorService startReports(SystemUnderTest system, int first, int count, ConcurrentLinkedQueue<Long> took,
      AtomicInteger refused) {
    return startReports(system.name(), system::report, config.concurrency(), first, count, took, refused, problems);
  }

  /**
   * Reports first .. first + count - 1 through {@code send}, by {@code concurrency} users at once;
   * each answer's time goes to {@code took}, each refusal to {@code refused} (the first three to
   * {@code problems}, under {@code name}).
   */
  static ExecutorService startReports(String name, IntConsumer send, int concurrency, int first, int count,
      ConcurrentLinkedQueue<Long> took, AtomicInteger refused, List<String> problems) {
    AtomicInteger next = new AtomicInteger(first);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    for (int t = 0; t < concurrency; t++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < first + count; i = next.getAndIncrement()) {
          long s = System.nanoTime();
          try {
            send.accept(i);
            took.add(System.nanoTime() - s);
          } catch (RuntimeException e) {
            if (refused.incrementAndGet() <= 3) {
              problems.add(name + ": report " + i + " refused: " + e.getMessage());
            }
          }
        }
      });
    }
    pool.shutdown();
    return pool;
  }

  static String loadAverage() {
    try {
      String[] load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return load[0] + " / " + load[1] + " / " + load[2] + " (1 / 5 / 15 min)";
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * The township supervisor triages the oldest {@code benchmark.triage} of their township's triage
   * tasks through the form, {@code concurrency} at once (colleagues of one township); measured from
   * the first claim until every one of them waits at the assessment. Returns how many were triaged.
   */
  private int triage(SystemUnderTest system, int size) {
    List<String> tasks = system.triageTasks(config.triage());
    if (tasks.size() < config.triage()) {
      problems.add(system.name() + " at " + size + ": only " + tasks.size() + " triage tasks to triage, not " + config.triage());
    }
    log(system.name() + ": triaging " + tasks.size() + " tasks through the form");
    long before = system.casesAtAssessment();
    ConcurrentLinkedQueue<Long> took = new ConcurrentLinkedQueue<>();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = startReports(system.name() + " triage", i -> system.triage(tasks.get(i)), config.concurrency(), 0,
        tasks.size(), took, refused, problems);
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long target = before + tasks.size() - refused.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    long atAssessment = system.casesAtAssessment();
    while (atAssessment < target && System.nanoTime() < deadline) {
      sleep(100);
      atAssessment = system.casesAtAssessment();
    }
    long reached = System.nanoTime();
    if (refused.get() > 0) {
      problems.add(system.name() + " at " + size + ": " + refused.get() + " triage submissions refused");
    }
    record(system, size, Metric.TRIAGE_THROUGHPUT, atAssessment < target ? Double.NaN : took.size() / ((reached - start) / 1e9));
    List<Long> all = new ArrayList<>(took);
    record(system, size, Metric.TRIAGE_P50, Stats.percentileMillis(all, 50));
    record(system, size, Metric.TRIAGE_P95, Stats.percentileMillis(all, 95));
    record(system, size, Metric.CASES_TRIAGED, atAssessment - before);
    log(String.format("%s: %d triaged in %.1f s, %d at the assessment", system.name(), took.size(), (reached - start) / 1e9,
        atAssessment - before));
    return took.size();
  }

  /**
   * The township supervisor's list (first page, count) and the manager's dashboard, one request at
   * a time; {@code triaged} cases of the township have left its list.
   */
  private void measureReads(SystemUnderTest system, int size, int triaged) {
    for (int i = 0; i < 5; i++) {
      system.listFirstPage();
      system.listCount();
    }
    system.dashboard();
    List<Long> page = new ArrayList<>();
    List<Long> count = new ArrayList<>();
    long countAnswered = 0;
    for (int i = 0; i < config.listRequests(); i++) {
      page.add(system.listFirstPage().nanos());
      Http.Response counted = system.listCount();
      count.add(counted.nanos());
      countAnswered = SystemUnderTest.count(counted);
    }
    List<Long> dashboard = new ArrayList<>();
    for (int i = 0; i < config.dashboardRequests(); i++) {
      dashboard.add(system.dashboard());
    }
    record(system, size, Metric.LIST_PAGE_P50, Stats.percentileMillis(page, 50));
    record(system, size, Metric.LIST_PAGE_P95, Stats.percentileMillis(page, 95));
    record(system, size, Metric.LIST_COUNT_P50, Stats.percentileMillis(count, 50));
    record(system, size, Metric.LIST_COUNT_P95, Stats.percentileMillis(count, 95));
    record(system, size, Metric.DASHBOARD_P50, Stats.percentileMillis(dashboard, 50));
    record(system, size, Metric.DASHBOARD_P95, Stats.percentileMillis(dashboard, 95));
    record(system, size, Metric.TOWNSHIP_OPEN_TASKS, countAnswered);
    if (countAnswered < size / 2 - triaged) {
      problems.add(system.name() + " at " + size + ": the township's list counts " + countAnswered
          + " tasks, fewer than the township's half of " + size + " less the " + triaged + " triaged");
    }
    log(String.format("%s at %d: list p95 %.0f ms, count p95 %.0f ms, dashboard p95 %.0f ms (%d tasks in the list)",
        system.name(), size, Stats.percentileMillis(page, 95), Stats.percentileMillis(count, 95),
        Stats.percentileMillis(dashboard, 95), countAnswered));
  }

  private void record(SystemUnderTest system, int size, Metric metric, double value) {
    measurements.add(new Measurement(system.name(), size, metric, value));
  }

  /** The smoke's checks: what must hold for a run to count. */
  List<String> check(Path dir) {
    List<String> failed = new ArrayList<>(problems);
    if (!config.systems().isEmpty()) {
      failed.addAll(Results.checkFiles(dir, config, measurements));
    }
    if (config.scaleOut() > 0) {
      failed.addAll(ScaleOut.checkFiles(dir));
    }
    for (Measurement m : measurements) {
      if (m.metric() == Metric.CASES_AT_USER_TASK && m.value() != m.size()) {
        failed.add(m.system() + " at " + m.size() + ": " + (long) m.value() + " cases at the user task, expected " + m.size());
      }
      if (m.metric() == Metric.CASES_TRIAGED && m.value() != config.triage()) {
        failed.add(m.system() + " at " + m.size() + ": " + (long) m.value() + " triaged cases at the assessment, expected "
            + config.triage());
      }
    }
    return failed;
  }

  static void log(String message) {
    System.out.println("[benchmark " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
