package org.careflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8 (schema version 16). A form written for a
 * newer form-js may use components Tasklist cannot show, so every form keeps to what 1.8 has.
 */
class FormSchemaTest {

  static final int TASKLIST_SCHEMA_VERSION = 16;
  static final Set<String> FORM_JS_1_8_COMPONENTS = Set.of(
      "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist",
      "datetime", "text", "spacer", "separator", "group", "image", "button");
  static final Set<String> INPUT_COMPONENTS = Set.of(
      "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormIsOneTasklistCanRender() throws IOException {
    List<Path> forms = forms();
    assertThat(forms).isNotEmpty();
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Path form : forms) {
      JsonNode schema = json.readTree(form.toFile());
      String name = form.getFileName().toString();
      String id = schema.path("id").asText("");
      if (id.isBlank()) {
        problems.add(name + ": no id (processes reference forms by it)");
      } else if (!ids.add(id)) {
        problems.add(name + ": id '" + id + "' is used by another form");
      }
      if (schema.path("schemaVersion").asInt(Integer.MAX_VALUE) > TASKLIST_SCHEMA_VERSION) {
        problems.add(name + ": schemaVersion " + schema.path("schemaVersion") + " is newer than Tasklist's " + TASKLIST_SCHEMA_VERSION);
      }
      checkComponents(name, schema.path("components"), new HashSet<>(), problems);
    }
    assertThat(problems).isEmpty();
  }

  private void checkComponents(String form, JsonNode components, Set<String> keys, List<String> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (!FORM_JS_1_8_COMPONENTS.contains(type)) {
        problems.add(form + ": component type '" + type + "' is not in form-js 1.8");
      }
      if (INPUT_COMPONENTS.contains(type)) {
        String key = component.path("key").asText("");
        if (key.isBlank()) {
          problems.add(form + ": " + type + " '" + component.path("id").asText() + "' has no key");
        } else if (!keys.add(key)) {
          problems.add(form + ": key '" + key + "' appears twice");
        }
      }
      if (("select".equals(type) || "radio".equals(type) || "checklist".equals(type))
          && !component.has("values") && !component.has("valuesKey")) {
        problems.add(form + ": " + type + " '" + component.path("key").asText() + "' has no options");
      }
      checkComponents(form, component.path("components"), keys, problems);
    }
  }

  static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/forms"))) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }
}
