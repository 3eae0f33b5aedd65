package org.careflow.workers.foster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.client.task.ExternalTask;
import org.careflow.contract.FosterCare;
import org.careflow.contract.FosterCare.TerminationGround;
import org.careflow.workers.TaskVariables;

/**
 * Short names for the foster care variables the workers read (named by the contract), and
 * readers for values that may arrive as text too.
 */
final class FosterVariables {

  static final String FAMILY_NAME = FosterCare.VAR_FAMILY_NAME;
  static final String ADDRESS = FosterCare.VAR_FAMILY_ADDRESS;
  static final String FAMILY_VILLAGE_CODE = FosterCare.VAR_FAMILY_VILLAGE_CODE;
  static final String OTHER_CHILDREN_AGES = FosterCare.VAR_OTHER_CHILDREN_AGES;
  static final String EVALUATION_REPORT = FosterCare.VAR_EVALUATION_REPORT;
  static final String VISIT_DATE = FosterCare.VAR_SUPERVISION_VISIT_DATE;
  static final String CHILD_WELL_CARED_FOR = FosterCare.VAR_CHILD_WELL_CARED_FOR;
  static final String SUPERVISION_NOTES = FosterCare.VAR_SUPERVISION_NOTES;
  static final String PLACEMENT_END = FosterCare.VAR_PLACEMENT_END;

  /** Values of {@link #PLACEMENT_END}. */
  static final String END_TERMINATED = FosterCare.PLACEMENT_END_TERMINATED;
  static final String END_CHILD_TURNED_18 = FosterCare.PLACEMENT_END_CHILD_TURNED_18;

  static final int YOUNG_CHILD_AGE = 6;

  private static final Map<TerminationGround, String> GROUND_WORDS = Map.of(
      TerminationGround.ABUSE_OR_DISCRIMINATION, "the foster family abused or discriminated against the child",
      TerminationGround.MAJOR_CHANGE_IN_FAMILY, "a major change in the foster family means it can no longer foster the child",
      TerminationGround.USING_CHILD_TO_RAISE_MONEY, "the foster family used the child to raise money",
      TerminationGround.MAIN_CARER_REPLACED_WITHOUT_AUTHORISATION, "the main carer was replaced without authorisation",
      TerminationGround.FALSIFICATION_IN_APPLICATION_OR_EVALUATION,
      "the family gave false information in its application or evaluation",
      TerminationGround.OTHER_BREACH_OF_AGREEMENT, "another breach of the foster care agreement");

  private FosterVariables() {
  }

  /** Text, with a list (say, of team members) joined by commas; blank is null. */
  static String listText(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    String text = value instanceof Collection<?> items
        ? items.stream().map(String::valueOf).collect(Collectors.joining(", "))
        : value == null ? null : value.toString();
    return text == null || text.isBlank() ? null : text.trim();
  }

  static String requiredListText(ExternalTask task, String name) {
    String text = listText(task, name);
    if (text == null) {
      throw new IllegalStateException("Variable '" + name + "' is missing");
    }
    return text;
  }

  /**
   * How many of the ages, written like "4, 11", are under 6. Nothing written means no other
   * children; an age that is not a number, or is negative, is an error.
   */
  static int childrenUnder6(String ages) {
    if (ages == null || ages.isBlank()) {
      return 0;
    }
    String cleaned = ages.trim();
    if (cleaned.startsWith("[") && cleaned.endsWith("]")) {
      cleaned = cleaned.substring(1, cleaned.length() - 1);
    }
    return (int) Arrays.stream(cleaned.split("[,;，、\\s]+"))
        .filter(age -> !age.isEmpty())
        .map(age -> age(age, ages))
        .filter(age -> age.compareTo(BigDecimal.valueOf(YOUNG_CHILD_AGE)) < 0)
        .count();
  }

  private static BigDecimal age(String text, String ages) {
    BigDecimal age;
    try {
      age = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Variable '" + OTHER_CHILDREN_AGES + "' has '" + text
          + "', which is not an age in years (ages given: '" + ages + "'; write them like '4, 11')");
    }
    if (age.signum() < 0) {
      throw new IllegalArgumentException("Variable '" + OTHER_CHILDREN_AGES + "' has the negative age '" + text
          + "' (ages given: '" + ages + "')");
    }
    return age;
  }

  static TerminationGround ground(String name) {
    try {
      return TerminationGround.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown termination ground '" + name + "'; expected one of "
          + Arrays.toString(TerminationGround.values()));
    }
  }

  /** The ground in human words. */
  static String words(TerminationGround ground) {
    return GROUND_WORDS.get(ground);
  }

  /** The task's activity instance, which tells its retries from a later occurrence. */
  static String activityInstance(ExternalTask task) {
    String id = task.getActivityInstanceId();
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("Task of case " + task.getBusinessKey() + " has no activity instance id");
    }
    return id;
  }

  /** A sentence followed by optional notes. */
  static String withNotes(String sentence, String notes) {
    return notes == null || notes.isBlank() ? sentence : sentence + " " + notes.trim();
  }

}
