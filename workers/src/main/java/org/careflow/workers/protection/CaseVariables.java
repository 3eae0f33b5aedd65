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

  /** An unticked or absent box is false. */
  static boolean flag(ExternalTask task, String name) {
    Boolean value = optionalFlag(task, name);
    return value != null && value;
  }

  static boolean requiredFlag(ExternalTask task, String name) {
    Boolean value = optionalFlag(task, name);
    if (value == null) {
      throw new IllegalStateException("Variable '" + name + "' is missing");
    }
    return value;
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

  private static Boolean optionalFlag(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof String text && !text.isBlank()) {
      return Boolean.parseBoolean(text.trim());
    }
    return null;
  }
}
