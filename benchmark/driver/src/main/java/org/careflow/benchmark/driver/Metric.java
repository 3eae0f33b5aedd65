package org.careflow.benchmark.driver;

/** What the driver measures; {@code higherIsBetter} only says how to read the ratio. */
enum Metric {
  CHAIN_THROUGHPUT("chain throughput (report → waiting at the township's user task)", "cases/s", true),
  INTAKE_THROUGHPUT("intake throughput", "reports/s", true),
  INTAKE_P50("intake, one report, p50", "ms", false),
  INTAKE_P95("intake, one report, p95", "ms", false),
  LIST_PAGE_P50("township's list, first page, p50", "ms", false),
  LIST_PAGE_P95("township's list, first page, p95", "ms", false),
  LIST_COUNT_P50("township's list, count, p50", "ms", false),
  LIST_COUNT_P95("township's list, count, p95", "ms", false),
  DASHBOARD_P50("manager dashboard, p50", "ms", false),
  DASHBOARD_P95("manager dashboard, p95", "ms", false),
  TRIAGE_THROUGHPUT("triage through the form (claim, open, submit → waiting at the agency's assessment)", "tasks/s", true),
  TRIAGE_P50("triage, one task (claim + form + variables + submit), p50", "ms", false),
  TRIAGE_P95("triage, one task (claim + form + variables + submit), p95", "ms", false),
  STORAGE_PER_CASE("storage a case (all tables and indexes)", "KiB", false),
  ROWS_PER_CASE("rows inserted a case", "rows", false),
  TOWNSHIP_OPEN_TASKS("open tasks in the township's list (count answered; CareFlow's holds the demo county's own cases too)", "tasks", false),
  CASES_AT_USER_TASK("cases waiting at the user task or triaged (a check: must equal the size)", "cases", false),
  CASES_TRIAGED("cases triaged at this size and waiting at the assessment (a check: must equal benchmark.triage)", "cases", false);

  final String label;
  final String unit;
  final boolean higherIsBetter;

  Metric(String label, String unit, boolean higherIsBetter) {
    this.label = label;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** A figure to compare (a ratio), or one that only says what was measured. */
  boolean compared() {
    return this != TOWNSHIP_OPEN_TASKS && this != CASES_AT_USER_TASK && this != CASES_TRIAGED;
  }

  String key() {
    return name().toLowerCase();
  }
}
