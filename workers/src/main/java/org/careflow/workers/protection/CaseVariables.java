package org.careflow.workers.protection;

import java.math.BigDecimal;
import org.camunda.bpm.client.task.ExternalTask;
import org.careflow.contract.ProtectionCase;

/** Booleans and small numbers of the protection forms, which may arrive as text too. */
final class CaseVariables {

  static final String VISITS_MADE = ProtectionCase.VAR_VISITS_MADE;
  static final String VISIT_DATE = ProtectionCase.VAR_VISIT_DATE;
  static final String VISIT_NOTES = ProtectionCase.VAR_VISIT_NOTES;
  static final String ACKNOWLEDGED_ON = ProtectionCase.VAR_ACKNOWLEDGED_ON;

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
