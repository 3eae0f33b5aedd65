package org.careflow.app.dashboard;

import org.careflow.app.pages.PageText;

/**
 * One countable thing behind a dashboard number: an open case in a stage, a deadline met or
 * missed, an open task of an age, an incident... Every figure on the page counts facts, and its
 * drill-down lists the same facts, so a number and the cases behind it cannot disagree.
 *
 * @param group  the figure's category within the metric, as a code the links carry: a stage, a deadline kind,
 *               an age band (its words are {@code dashboard.group.<code>}), or a task's name, an incident's type
 * @param person who did the work (deadlines, tasks), {@link CountyDashboard#NOT_CLAIMED}, or null
 * @param detail what the fact is about, in words of the reader's language once put into them
 * @param value  a duration for the medians (hours or days), else null
 */
record Fact(Metric metric, String group, String caseNumber, long childId, String childName, String townshipCode,
    String townshipName, String person, PageText detail, Double value) {

  /** Each metric's title is {@code dashboard.metric.<slug>}. */
  enum Metric {
    OPEN_CASE,
    DEADLINE_MET,
    DEADLINE_MISSED,
    OPEN_TASK,
    OVERDUE_TASK,
    INCIDENT,
    IN_INTEGRATION,
    FIRST_RESPONSE,
    CLOSURE,
    NEW_CASE,
    CLOSED_CASE;

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

  static Fact about(Metric metric, String group, CaseRecord record, String person, PageText detail, Double value) {
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
