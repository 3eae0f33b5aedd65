package org.careflow.app.registry;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.careflow.app.engine.RefusedInput;

/**
 * The closed lists a child's record is kept in. The words a caseworker reads for each value are the
 * pages' ({@code record.category.LEFT_BEHIND} ... in {@code i18n/pages*.properties}).
 */
public final class RecordValues {

  private RecordValues() {
  }

  public enum Category { LEFT_BEHIND, IN_DISTRESS, SCATTERED_ORPHAN, IN_FOSTER_CARE }

  public enum HouseholdRegistration { REGISTERED, NOT_REGISTERED, IN_PROGRESS }

  public enum SchoolStatus { IN_SCHOOL, OUT_OF_SCHOOL, DROPPED_OUT, PRESCHOOL }

  public enum Disability { NONE, PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE }

  /** The value of a required field, or a refusal that lists the allowed values. */
  public static <E extends Enum<E>> String required(Class<E> values, String given, Object field) {
    if (given == null || given.isBlank()) {
      throw new RefusedInput("refusal.value.required", field, allowed(values));
    }
    return optional(values, given, field);
  }

  /** The value of an optional field (null when blank), or a refusal that lists the allowed values. */
  public static <E extends Enum<E>> String optional(Class<E> values, String given, Object field) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(values, given.trim()).name();
    } catch (IllegalArgumentException e) {
      throw new RefusedInput("refusal.value.not-one-of", field, given, allowed(values));
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> values) {
    return Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
