package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * CareFlow's cluster model, measured (issue 12, "scale-out"); no baseline: it compares CareFlow with
 * itself.
 *
 * <ol>
 *   <li><b>Workers 1 → 3</b> (run second, on the two nodes' database). The app runs without its in-process workers
 *   (CAREFLOW_WORKERS_ENABLED=false). A backlog of {@code n} reports waits at the external task
 *   {@code openCaseRecord}, its cases suspended; 1 (later 3) standalone worker JVMs start, and once
 *   every one has subscribed the cases are activated and the JVMs drain the backlog together. The rate is
 *   taken from the engine's own history: (completions - 1) / (last - first completion) of
 *   {@code ServiceTask_OpenCaseRecord}, so the workers' start-up is not in it.</li>
 *   <li><b>Two app nodes, one database.</b> Two app JVMs (job executors and in-process workers on
 *   both) share a fresh database; reports alternate between them. Once every case waits at triage,
 *   each case's triage deadline timer is made due (through the REST API's {@code PUT
 *   /job/{id}/duedate}, alternating between the nodes); both nodes' job executors race for the jobs. Each job must succeed exactly
 *   once (act_hi_job_log), each case must escalate once (careflow.notification), and the SMTP
 *   server must receive one mail a case.</li>
 * </ol>
 */
final class ScaleOut {

  static final String DATABASE = "careflow_scale";
  /** The workers' part numbers its reports after the two nodes' (one database: children's names stay distinct). */
  private static final int SENT_BY_TWO_NODES = 500_000;
  private static final String ESCALATIONS = "select count(*) from careflow.notification where kind like 'ESCALATION_TRIAGE%'";

  private final Benchmark.Config config;
  private final Database db;
  private final Path logDir;
  private final Map<String, Double> figures = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  ScaleOut(Benchmark.Config config, Database db, Path logDir) {
    this.config = config;
    this.db = db;
    this.logDir = logDir;
  }

  /** Runs both parts, writes scale-out.md and scale-out.csv into {@code dir}; answers the problems found. */
  List<String> run(Path dir) {
    int n = config.scaleOut();
    try (MailSink mail = new MailSink()) {
      // two nodes first: node-a loads the demo county with its workers running; the workers' part
      // then opens that database again with the app's own workers off (the demo is not loaded twice)
      try {
        twoNodes(n, mail);
      } catch (RuntimeException e) {
        problems.add("scale-out, two nodes: " + e);
        e.printStackTrace();
      }
      try {
        workers(n, mail);
      } catch (RuntimeException e) {
        problems.add("scale-out, workers: " + e);
        e.printStackTrace();
      }
    }
    write(dir, n);
    return problems;
  }

  private void workers(int n, MailSink mail) {
    try (CareFlowSystem app = new CareFlowSystem(config.appJar(), "scale-app", DATABASE, false,
        mailTo(mail, Map.of("CAREFLOW_WORKERS_ENABLED", "false")))) {
      app.start(db, logDir);
      Benchmark.log("scale-out: app up without workers; " + n + " reports a step");
      int sent = 0;
      for (int workers : new int[] {1, 3}) {
        long atTriage = app.casesAtUserTask();
        report(app::report, SENT_BY_TWO_NODES + sent, n);
        sent += n;
        String since = lastCompletion();
        // the backlog is held (its instances suspended) until every worker JVM has subscribed, so the
        // JVMs drain it together rather than the first one up taking most of it
        suspendCases(app, true);
        List<SpawnedJvm> jvms = new ArrayList<>();
        try {
          for (int w = 1; w <= workers; w++) {
            jvms.add(SpawnedJvm.start("workers-" + workers + "-" + w, config.workersJar(),
                List.of("--spring.profiles.active=workers", "--careflow.workers.worker-id=bench-worker-" + workers + "-" + w),
                mailTo(mail, Map.of(
                    "CAREFLOW_DB_URL", db.urlOf(DATABASE), "CAREFLOW_DB_USER", db.user(), "CAREFLOW_DB_PASSWORD", db.password(),
                    "CAREFLOW_ENGINE_URL", app.base() + "/engine-rest",
                    "CAREFLOW_WORKER_PASSWORD", CareFlowSystem.WORKER_PASSWORD)), logDir));
          }
          for (SpawnedJvm jvm : jvms) {
            jvm.awaitLogLine("Workers subscribed to", Duration.ofMinutes(3));
          }
          suspendCases(app, false);
          await("the backlog drained by " + workers + " worker JVM(s)", () -> app.casesAtUserTask() - atTriage, n, jvms);
        } finally {
          jvms.forEach(SpawnedJvm::close);
        }
        double completed = db.number(DATABASE, "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_OpenCaseRecord' "
            + "and end_time_ > " + since);
        double seconds = db.number(DATABASE, "select extract(epoch from max(end_time_) - min(end_time_)) from act_hi_actinst "
            + "where act_id_ = 'ServiceTask_OpenCaseRecord' and end_time_ > " + since);
        double rate = (completed - 1) / seconds;
        figures.put("workers_" + workers + "_external_tasks_per_s", rate);
        Benchmark.log(String.format(Locale.ROOT, "scale-out: %d worker JVM(s): %.0f openCaseRecord tasks in %.1f s, %.1f/s",
            workers, completed, seconds, rate));
        if (completed != n) {
          problems.add("scale-out: " + workers + " worker JVM(s) completed " + (long) completed + " of " + n + " tasks");
        }
      }
      figures.put("workers_3_over_1", figures.get("workers_3_external_tasks_per_s") / figures.get("workers_1_external_tasks_per_s"));
      figures.put("incidents_after_workers", (double) app.incidents());
    }
  }

  private void twoNodes(int n, MailSink mail) {
    try (CareFlowSystem a = new CareFlowSystem(config.appJar(), "node-a", DATABASE, true, mailTo(mail, Map.of()));
        CareFlowSystem b = new CareFlowSystem(config.appJar(), "node-b", DATABASE, false,
            mailTo(mail, Map.of("CAREFLOW_DEMO", "false")))) {
      a.start(db, logDir);
      b.start(db, logDir);
      Benchmark.log("scale-out: node-a and node-b up on one database; " + n + " reports, alternating");
      int mailsBefore = mail.received();
      long atTriage = a.casesAtUserTask();
      long escalationsBefore = (long) db.number(DATABASE, ESCALATIONS);
      report(i -> (i % 2 == 0 ? a : b).report(i), 0, n);
      await("every case at triage", () -> a.casesAtUserTask() - atTriage, n, List.of());
      JsonNode jobs = SystemUnderTest.json(a.admin().get("/engine-rest/job?activityId=Timer_TriageOverdue&maxResults=" + (n + 100))
          .expect(200));
      String due = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
      // alternating nodes: a node that changes a job's due date wakes its own job executor, so one
      // node serving every change would be the first to look each time
      int changed = 0;
      for (JsonNode job : jobs) {
        (changed++ % 2 == 0 ? a : b).admin().putJson("/engine-rest/job/" + job.get("id").asText() + "/duedate", "{\"duedate\":\"" + due + "\"}").expect(204);
      }
      Benchmark.log("scale-out: " + jobs.size() + " triage timers made due");
      // the demo county's cases at triage have timers too: every timer is made due, each must run once
      await("every case escalated", () -> (long) db.number(DATABASE, ESCALATIONS) - escalationsBefore, jobs.size(), List.of());
      Benchmark.sleep(3000); // a job run twice would show by now: its second escalation comes seconds after the first
      String succeeded = "from act_hi_job_log where act_id_ = 'Timer_TriageOverdue' and job_state_ = 2";
      figures.put("timer_jobs_made_due", (double) jobs.size());
      figures.put("timer_jobs_succeeded", db.number(DATABASE, "select count(*) " + succeeded));
      figures.put("timer_jobs_run_more_than_once",
          db.number(DATABASE, "select count(*) from (select job_id_ " + succeeded + " group by job_id_ having count(*) > 1) twice"));
      figures.put("timer_jobs_by_node_a", db.number(DATABASE, "select count(*) " + succeeded + " and hostname_ = 'node-a'"));
      figures.put("timer_jobs_by_node_b", db.number(DATABASE, "select count(*) " + succeeded + " and hostname_ = 'node-b'"));
      figures.put("escalations_recorded", db.number(DATABASE, ESCALATIONS) - escalationsBefore);
      figures.put("escalated_cases", db.number(DATABASE,
          "select count(distinct process_instance_id) from careflow.notification where kind like 'ESCALATION_TRIAGE%'") - escalationsBefore);
      figures.put("escalation_mails_received", (double) (mail.received() - mailsBefore));
      figures.put("incidents_after_two_nodes", (double) a.incidents());
      checkExactlyOnce(n, jobs.size());
    }
  }

  private void checkExactlyOnce(int n, int jobsMadeDue) {
    if (jobsMadeDue < n) {
      problems.add("scale-out: " + jobsMadeDue + " triage timers found for " + n + " cases");
    }
    for (String figure : List.of("timer_jobs_succeeded", "escalations_recorded", "escalated_cases", "escalation_mails_received")) {
      if (figures.get(figure) != jobsMadeDue) {
        problems.add("scale-out: " + figure + " = " + figures.get(figure).longValue() + ", expected " + jobsMadeDue);
      }
    }
    if (figures.get("timer_jobs_run_more_than_once") != 0) {
      problems.add("scale-out: " + figures.get("timer_jobs_run_more_than_once").longValue() + " timer jobs ran more than once");
    }
    for (String figure : List.of("incidents_after_workers", "incidents_after_two_nodes")) {
      if (figures.getOrDefault(figure, 0.0) != 0) {
        problems.add("scale-out: " + figure + " = " + figures.get(figure).longValue());
      }
    }
  }

  private static void suspendCases(CareFlowSystem app, boolean suspended) {
    app.admin().putJson("/engine-rest/process-definition/key/" + CareFlowSystem.PROCESS_KEY + "/suspended",
        "{\"suspended\":" + suspended + ",\"includeProcessInstances\":true}").expect(204);
  }

  /** The engine's latest completion of openCaseRecord so far, as an SQL literal (the next step counts after it). */
  private String lastCompletion() {
    double epoch = db.number(DATABASE, "select coalesce(extract(epoch from max(end_time_)), 0) from act_hi_actinst "
        + "where act_id_ = 'ServiceTask_OpenCaseRecord'");
    return "to_timestamp(" + String.format(Locale.ROOT, "%.6f", epoch) + ")::timestamp";
  }

  /** Reports first .. first + count - 1 at the configured concurrency; every one must be accepted. */
  private void report(IntConsumer send, int first, int count) {
    ExecutorService pool = Benchmark.startReports("scale-out", send, config.concurrency(), Benchmark.SCALE_OUT_FIRST + first,
        count, new ConcurrentLinkedQueue<>(), new AtomicInteger(), problems);
    try {
      if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("reports still being sent after 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls until {@code count} reaches {@code target}; fails after 90 s without progress or when a JVM died. */
  private static void await(String what, LongSupplier count, long target, List<SpawnedJvm> mustLive) {
    long last = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      long now = count.getAsLong();
      if (now >= target) {
        return;
      }
      for (SpawnedJvm jvm : mustLive) {
        if (!jvm.isAlive()) {
          throw new IllegalStateException(what + ": a JVM exited; see " + jvm.log());
        }
      }
      if (now != last) {
        last = now;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(90)) {
        throw new IllegalStateException(what + ": " + now + " of " + target + ", no progress for 90 s");
      }
      Benchmark.sleep(200);
    }
  }

  private static Map<String, String> mailTo(MailSink mail, Map<String, String> more) {
    Map<String, String> env = new LinkedHashMap<>(more);
    env.put("CAREFLOW_MAIL_HOST", "127.0.0.1");
    env.put("CAREFLOW_MAIL_PORT", String.valueOf(mail.port()));
    return env;
  }

  private void write(Path dir, int n) {
    StringBuilder md = new StringBuilder("# CareFlow's cluster model: workers 1 → 3, two app nodes\n\n");
    md.append("- ").append(n).append(" cases a step; machine: ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores; every JVM -Xmx1g; one PostgreSQL; no baseline (CareFlow against itself)\n");
    md.append("- workers: app with CAREFLOW_WORKERS_ENABLED=false; a backlog of ").append(n)
        .append(" reports at `openCaseRecord`, then 1 (then 3) `careflow-workers-*-exec.jar` JVMs drain it; rate = (completions - 1) / ")
        .append("(last - first completion) from act_hi_actinst\n");
    md.append("- two nodes: two app JVMs (job executor and in-process workers each) on one database, reports alternating; ")
        .append("every triage timer made due through `PUT /engine-rest/job/{id}/duedate`; successes from act_hi_job_log by host name\n\n");
    md.append("| figure | value |\n|---|---:|\n");
    StringBuilder csv = new StringBuilder("figure,value\n");
    figures.forEach((name, value) -> {
      md.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, "%.2f", value)).append(" |\n");
      csv.append(name).append(',').append(String.format(Locale.ROOT, "%.4f", value)).append('\n');
    });
    if (!problems.isEmpty()) {
      md.append("\n## Problems\n\n");
      problems.forEach(problem -> md.append("- ").append(problem).append('\n'));
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("scale-out.md"), md, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("scale-out.csv"), csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a run of the given config must show, besides its problems: every figure there and a number. */
  static List<String> checkFiles(Path dir) {
    List<String> failed = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(dir.resolve("scale-out.csv"));
      if (lines.size() < 10) {
        failed.add("scale-out.csv has " + (lines.size() - 1) + " figures");
      }
      for (String line : lines.subList(1, lines.size())) {
        String value = line.substring(line.indexOf(',') + 1);
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
          failed.add("scale-out figure not a number: " + line);
        }
      }
    } catch (IOException e) {
      failed.add("scale-out.csv: " + e.getMessage());
    }
    return failed;
  }
}
