package org.careflow.app.dashboard;

/**
 * One countable thing behind a dashboard number: an open case in a stage, a deadline met or
 * missed, an open task of an age, an incident... Every figure on the page counts facts, and its
 * drill-down lists the same facts, so a number and the cases behind it cannot disagree.
 *
 * @param group  the figure's category within the metric: a stage, a deadline kind, an age band
 * @param person who did the work (deadlines, tasks), or null
 * @param value  a duration for the medians (hours or days), else null
 */
record Fact(Metric metric, String group, String caseNumber, long childId, String childName, String townshipCode,
    String townshipName, String person, String detail, Double value) {

  enum Metric {
    OPEN_CASE("Open cases"),
    DEADLINE_MET("Deadlines met"),
    DEADLINE_MISSED("Deadlines missed"),
    OPEN_TASK("Open tasks"),
    OVERDUE_TASK("Overdue tasks"),
    INCIDENT("Incidents"),
    IN_INTEGRATION("Placements in their integration period"),
    FIRST_RESPONSE("Time from report to first response (hours)"),
    CLOSURE("Time from report to closure (days)"),
    NEW_CASE("Cases opened in the last 7 days"),
    CLOSED_CASE("Cases closed in the last 7 days");

    final String title;

    Metric(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }

    public String slug() {
      return name().toLowerCase().replace('_', '-');
    }

    static Metric fromSlug(String slug) {
      for (Metric metric : values()) {
        if (metric.slug().equals(slug)) {
          return metric;
        }
      }
      throw new IllegalArgumentException("Unknown figure '" + slug + "'");
    }
  }

  static Fact about(Metric metric, String group, CaseRecord record, String person, String detail, Double value) {
    return new Fact(metric, group, record.caseNumber(), record.childId(), record.childName(), record.townshipCode(),
        record.townshipName(), person, detail, value);
  }

  boolean matches(Metric wanted, String wantedGroup, String wantedTownship, String wantedPerson) {
    return metric == wanted
        && (wantedGroup == null || wantedGroup.equals(group))
        && (wantedTownship == null || wantedTownship.equals(townshipCode))
        && (wantedPerson == null || wantedPerson.equals(person));
  }
}
