package org.careflow.app.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The input fields of a Camunda Form, read from its JSON schema. */
public final class FormRequirements {

  /**
   * One input of a form with the rules its schema gives: its type ({@code textfield}, {@code textarea},
   * {@code number}, {@code checkbox}, {@code select}, {@code datetime}, ...), whether a person can
   * change it (not {@code disabled} or {@code readonly}), and its validation ({@code validate}).
   * {@code options} are a select's or radio's fixed values; empty when the schema lists none.
   * {@code notAfterToday}: a date that cannot lie ahead (a visit made), declared by the custom
   * property {@value #NOT_AFTER_TODAY} = {@code true}, since form-js has no such validation.
   */
  public record Field(String key, String label, boolean required, boolean checkbox, String type, boolean editable,
      Integer minLength, Integer maxLength, String pattern, Double min, Double max, List<String> options,
      boolean notAfterToday) {

    public Field(String key, String label, boolean required, boolean checkbox) {
      this(key, label, required, checkbox, checkbox ? "checkbox" : "textfield", true, null, null, null, null, null, List.of(),
          false);
    }

    /** A required checkbox must be ticked, as form-js itself validates it. */
    public boolean isSatisfiedBy(Object value) {
      if (value == null) {
        return false;
      }
      if (checkbox) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
      }
      return !(value instanceof String text) || !text.isBlank();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A form component's custom property: the date it holds is today or before. */
  public static final String NOT_AFTER_TODAY = "careflow.notAfterToday";

  private FormRequirements() {
  }

  public static List<Field> fields(InputStream formJson) {
    try (formJson) {
      List<Field> fields = new ArrayList<>();
      collect(JSON.readTree(formJson).path("components"), fields);
      return List.copyOf(fields);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read form schema", e);
    }
  }

  public static List<Field> requiredFields(InputStream formJson) {
    return fields(formJson).stream().filter(Field::required).toList();
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asDouble() : null;
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        String type = component.path("type").asText();
        String label = component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText()));
        JsonNode validate = component.path("validate");
        boolean required = validate.path("required").asBoolean(false);
        boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
        List<String> options = new ArrayList<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        fields.add(new Field(component.path("key").asText(), label, required, "checkbox".equals(type), type, editable,
            integer(validate, "minLength"), integer(validate, "maxLength"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
            number(validate, "min"), number(validate, "max"), List.copyOf(options),
            "true".equals(component.path("properties").path(NOT_AFTER_TODAY).asText())));
      }
      collect(component.path("components"), fields);
    }
  }
}
