package org.careflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The caseworkers read the forms in Chinese; form-js 1.8 has no translations, so each form is
 * authored in Simplified Chinese and its English is kept in a sidecar next to it
 * ({@code visit.form} and {@code visit.en.properties}), keyed by component id and property:
 * {@code Field_VisitNotes.label=What you saw}, {@code Field_X.values.HIGH.label=High} for an
 * option. Every human-facing text must have Chinese in the form and English in the sidecar, and
 * the sidecar must not keep text for a component or property the form no longer has.
 */
class FormLanguageTest {

  /** form-js properties a person reads; {@code values[].label} (options) is handled apart. */
  static final List<String> TEXT_PROPERTIES = List.of(
      "label", "dateLabel", "timeLabel", "description", "text", "placeholder", "alt", "title");
  static final List<String> APPEARANCE_PROPERTIES = List.of("prefixAdorner", "suffixAdorner");
  static final String SIDECAR_SUFFIX = ".en.properties";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormSpeaksChineseAndKeepsItsEnglishInItsSidecar() throws IOException {
    List<Path> forms = FormSchemaTest.forms();
    assertThat(forms).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path form : forms) {
      Path sidecar = sidecarOf(form);
      if (!Files.exists(sidecar)) {
        problems.add(form.getFileName() + ": no English sidecar " + sidecar.getFileName());
        continue;
      }
      problems.addAll(check(form.getFileName().toString(), Files.readString(form, StandardCharsets.UTF_8),
          Files.readString(sidecar, StandardCharsets.UTF_8)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everySidecarBelongsToAFormAndIsNoDeploymentResource() throws IOException {
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/forms"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".form")) {
          continue;
        }
        // the engine deploys classpath*:forms/**/*.form only; anything else here must be a sidecar of a form
        Path form = file.resolveSibling(name.substring(0, Math.max(0, name.length() - SIDECAR_SUFFIX.length())) + ".form");
        if (!name.endsWith(SIDECAR_SUFFIX) || !Files.exists(form)) {
          orphans.add(file.toString());
        }
      }
    }
    assertThat(orphans).as("files under forms/ that are neither a form nor a form's English sidecar").isEmpty();
  }

  /** The check fails on what it is meant to catch: it is run on broken forms, not only on good ones. */
  @Test
  void theCheckCatchesEnglishOnlyTextMissingEnglishAndStaleEnglish() {
    String form = """
        { "id": "x", "components": [
          { "id": "Text_Intro", "type": "text", "text": "### 定期走访" },
          { "id": "Field_Notes", "type": "textarea", "key": "notes", "label": "What you saw", "description": "写清楚情况" },
          { "id": "Field_Level", "type": "select", "key": "level", "label": "风险等级",
            "values": [ { "label": "高风险", "value": "HIGH" }, { "label": "Low", "value": "LOW" } ] }
        ] }""";
    String sidecar = """
        Text_Intro.text=### Regular visit
        Field_Notes.label=What you saw
        Field_Level.label=Risk level
        Field_Level.values.HIGH.label=High
        Field_Level.values.LOW.label=Low
        Field_Gone.label=A field that was removed
        Field_Level.description=A description the field does not have
        """;

    assertThat(check("broken.form", form, sidecar)).containsExactlyInAnyOrder(
        "broken.form: Field_Notes.label has no Chinese: 'What you saw'",
        "broken.form: Field_Level.values.LOW.label has no Chinese: 'Low'",
        "broken.form: Field_Notes.description has no English in the sidecar",
        "broken.form: the sidecar has English for Field_Gone.label, which the form does not have",
        "broken.form: the sidecar has English for Field_Level.description, which the form does not have");
  }

  /** Problems of one form and its sidecar, empty when every text is Chinese with its English alongside. */
  static List<String> check(String name, String formJson, String sidecarText) {
    List<String> problems = new ArrayList<>();
    Map<String, String> texts;
    Properties english = new Properties();
    try (Reader reader = new StringReader(sidecarText)) {
      texts = texts(JSON.readTree(formJson));
      english.load(reader);
    } catch (IOException e) {
      return List.of(name + ": cannot read: " + e.getMessage());
    }
    texts.forEach((key, text) -> {
      if (!hasHan(text)) {
        problems.add(name + ": " + key + " has no Chinese: '" + text + "'");
      }
      String en = english.getProperty(key);
      if (en == null || en.isBlank()) {
        problems.add(name + ": " + key + " has no English in the sidecar");
      } else if (hasHan(en)) {
        problems.add(name + ": " + key + " in the sidecar is not English: '" + en + "'");
      }
    });
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      if (!texts.containsKey(key)) {
        problems.add(name + ": the sidecar has English for " + key + ", which the form does not have");
      }
    }
    return problems;
  }

  /**
   * Every human-facing text of a form by sidecar key, in form order. A value starting with
   * {@code =} is a FEEL expression computed at run time, not text, and is left out.
   */
  static Map<String, String> texts(JsonNode schema) {
    Map<String, String> texts = new LinkedHashMap<>();
    collect(schema.path("components"), texts);
    return texts;
  }

  private static void collect(JsonNode components, Map<String, String> texts) {
    for (JsonNode component : components) {
      String id = component.path("id").asText();
      for (String property : TEXT_PROPERTIES) {
        put(texts, id + "." + property, component.get(property));
      }
      for (String property : APPEARANCE_PROPERTIES) {
        put(texts, id + ".appearance." + property, component.path("appearance").get(property));
      }
      for (JsonNode option : component.path("values")) {
        put(texts, id + ".values." + option.path("value").asText() + ".label", option.get("label"));
      }
      collect(component.path("components"), texts);
    }
  }

  private static void put(Map<String, String> texts, String key, JsonNode value) {
    if (value != null && value.isTextual() && !value.asText().isBlank() && !value.asText().startsWith("=")) {
      texts.put(key, value.asText());
    }
  }

  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  static Path sidecarOf(Path form) {
    String name = form.getFileName().toString();
    return form.resolveSibling(name.substring(0, name.length() - ".form".length()) + SIDECAR_SUFFIX);
  }
}
