package org.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * Tasklist shows a process's name in its start dialog and a user task's name in the task list,
 * and a user task's documentation is the task's description (Tasklist's Description tab): the
 * caseworkers read them in Chinese. The English name stays in the element as the camunda
 * property {@code careflow.englishName}, next to {@code careflow.caseNumberPrefix}; an English
 * documentation a user task had is kept as {@code careflow.englishDocumentation}.
 */
class ModelNamesTest {

  static final String ENGLISH_NAME = "careflow.englishName";

  @Test
  void processesAndUserTasksAreNamedInChineseWithTheirEnglishNameKept() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/bpmn"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path model : models) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      String file = model.getFileName().toString();
      for (Process process : bpmn.getModelElementsByType(Process.class)) {
        check(file, process, process.getName(), problems);
      }
      for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
        check(file, task, task.getName(), problems);
        for (Documentation documentation : task.getDocumentations()) {
          if (!hasHan(documentation.getTextContent())) {
            problems.add(file + " / " + task.getId() + ": documentation (Tasklist's task description) has no Chinese");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(String file, BaseElement element, String name, List<String> problems) {
    String where = file + " / " + element.getId();
    if (name == null || !hasHan(name)) {
      problems.add(where + ": name has no Chinese: '" + name + "'");
    }
    String english = property(element, ENGLISH_NAME);
    if (english == null || english.isBlank() || hasHan(english)) {
      problems.add(where + ": no English name (" + ENGLISH_NAME + "): '" + english + "'");
    }
  }

  static String property(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (name.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }

  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
