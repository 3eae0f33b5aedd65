package org.careflow.workers.protection;

import java.math.BigDecimal;
import org.camunda.bpm.client.task.ExternalTask;

/** Booleans and small numbers of the protection forms, which may arrive as text too. */
final class CaseVariables {

  static final String VISITS_MADE = "visitsMade";
  static final String VISIT_DATE = "visitDate";
  static final String VISIT_NOTES = "visitNotes";
  static final String ACKNOWLEDGED_ON = "acknowledgedOn";

  private CaseVariables() {
  }

  /** A whole number, or null when absent. */
  static Integer integer(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return new BigDecimal(text.trim()).intValue();
    }
    return null;
  }

}
