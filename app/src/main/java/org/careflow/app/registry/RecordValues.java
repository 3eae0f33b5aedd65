package org.careflow.app.registry;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.careflow.app.engine.RefusedInput;

/** The closed lists a child's record is kept in, with the words a caseworker reads. */
public final class RecordValues {

  private RecordValues() {
  }

  public interface Labelled {
    String name();

    String label();
  }

  public enum Category implements Labelled {
    LEFT_BEHIND("Left-behind child"), IN_DISTRESS("Child in distress"), SCATTERED_ORPHAN("Scattered orphan"),
    IN_FOSTER_CARE("In foster care");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public enum HouseholdRegistration implements Labelled {
    REGISTERED("Registered"), NOT_REGISTERED("Not registered"), IN_PROGRESS("Registration in progress");

    private final String label;

    HouseholdRegistration(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public enum SchoolStatus implements Labelled {
    IN_SCHOOL("In school"), OUT_OF_SCHOOL("Out of school"), DROPPED_OUT("Dropped out"), PRESCHOOL("Not yet of school age");

    private final String label;

    SchoolStatus(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public enum Disability implements Labelled {
    NONE("None"), PHYSICAL("Physical"), VISUAL("Visual"), HEARING("Hearing"), SPEECH("Speech"),
    INTELLECTUAL("Intellectual"), MENTAL("Mental"), MULTIPLE("Multiple");

    private final String label;

    Disability(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

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

  /** The label of a stored value, or a dash when the record has none yet. */
  public static <E extends Enum<E> & Labelled> String label(Class<E> values, String stored) {
    if (stored == null) {
      return "—";
    }
    return Arrays.stream(values.getEnumConstants()).filter(v -> v.name().equals(stored)).map(Labelled::label)
        .findFirst().orElse(stored);
  }

  private static <E extends Enum<E>> String allowed(Class<E> values) {
    return Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
