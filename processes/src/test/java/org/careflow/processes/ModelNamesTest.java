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
import org.camunda.bpm.model.bpmn.instance.FlowElement;
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
 *
 * <p>Cockpit shows every element's name: on the diagram (events, gateways, service and rule tasks,
 * call activities, sub-processes, the labels of a gateway's branches) and in its incident and
 * activity lists. The managers who watch cases there read Chinese too, so every named flow element
 * and sequence flow is named in Chinese and keeps its English name the same way. An element
 * without a name (a joining gateway, an unlabelled flow) is left alone.
 */
class ModelNamesTest {

  static final String ENGLISH_NAME = "careflow.englishName";

  @Test
  void processesAndUserTasksAreNamedInChineseWithTheirEnglishNameKept() throws IOException {
    List<Path> models = models();
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

  @Test
  void everyNamedFlowElementIsNamedInChineseWithItsEnglishNameKept() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path model : models()) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      String file = model.getFileName().toString();
      int named = 0;
      // events, gateways, tasks of every kind, call activities, sub-processes and sequence flows
      for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null && !element.getName().isBlank()) {
          check(file, element, element.getName(), problems);
          named++;
        }
      }
      if (named == 0) {
        problems.add(file + ": no named flow element found (is the model read at all?)");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<Path> models() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/bpmn"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).isNotEmpty();
    return models;
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
