package org.careflow.app.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The input fields of a Camunda Form, read from its JSON schema. */
public final class FormRequirements {

  public record Field(String key, String label, boolean required, boolean checkbox) {

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

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        String type = component.path("type").asText();
        String label = component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText()));
        boolean required = component.path("validate").path("required").asBoolean(false);
        fields.add(new Field(component.path("key").asText(), label, required, "checkbox".equals(type)));
      }
      collect(component.path("components"), fields);
    }
  }
}
