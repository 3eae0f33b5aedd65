package org.careflow.app.child;

import static org.careflow.contract.ProtectionCase.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.app.engine.PlainText;
import org.careflow.app.engine.RefusedInput;

/**
 * The free text of a report, held to what the case record keeps (careflow.protection_case,
 * careflow.child) and to plain text. Checked by the hotline before it starts a case, and by the
 * case's start listener for every other door (a start message sent to /engine-rest, a start form).
 */
public final class ReportText {

  static final int NAME = 100;
  static final int PHONE = 30;
  static final int SITUATION = 4000;

  private ReportText() {
  }

  public static void check(Object reporterName, Object reporterPhone, Object situation, Object newChildName) {
    line(VAR_REPORTER_NAME, reporterName, NAME);
    line(VAR_REPORTER_PHONE, reporterPhone, PHONE);
    note(VAR_SITUATION, situation, SITUATION);
    line(VAR_NEW_CHILD_NAME, newChildName, NAME);
  }

  static void check(VariableScope report) {
    check(report.getVariable(VAR_REPORTER_NAME), report.getVariable(VAR_REPORTER_PHONE),
        report.getVariable(VAR_SITUATION), report.getVariable(VAR_NEW_CHILD_NAME));
  }

  private static void line(String field, Object value, int maxLength) {
    if (value != null) {
      PlainText.refuseUnsafeLine(field, limited(field, value, maxLength));
    }
  }

  private static void note(String field, Object value, int maxLength) {
    if (value != null) {
      PlainText.refuseUnsafeNote(field, limited(field, value, maxLength));
    }
  }

  private static String limited(String field, Object value, int maxLength) {
    String text = value.toString();
    if (text.length() > maxLength) {
      throw new RefusedInput("refusal.text.at-most-chars", field, maxLength, text.length());
    }
    return text;
  }
}
