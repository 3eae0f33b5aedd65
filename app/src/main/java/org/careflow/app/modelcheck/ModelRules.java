package org.careflow.app.modelcheck;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.careflow.app.caseprocess.CaseProcess;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The rules every model must keep before it may run: forms that exist, candidate groups, topics
 * with a handler, a history time-to-live, readable ids. The build applies them to processes/;
 * a deployment check can apply the same.
 */
public class ModelRules {

  /** Ids the Camunda Modeler generates, such as Activity_0x1y2z3 or Flow_1ab2cd3. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{6}$|^sid-.*|^Id_.*");

  public record Violation(String model, String element, String rule) {
    @Override
    public String toString() {
      return model + " / " + element + ": " + rule;
    }
  }

  private static final String JURISDICTION_GUARD = "${jurisdictionGuard}";
  private static final Pattern CASE_NUMBER_PREFIX = Pattern.compile("[A-Z]{2,10}");

  private final Set<String> formIds;
  private final Set<String> topics;

  public ModelRules(Set<String> formIds, Set<String> topics) {
    this.formIds = Set.copyOf(formIds);
    this.topics = Set.copyOf(topics);
  }

  public List<Violation> checkBpmn(String name, InputStream bpmn) {
    BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
    List<Violation> violations = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
        violations.add(new Violation(name, process.getId(), "process has no history time-to-live"));
      }
      checkCaseNumberPrefix(name, process, violations);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(name, task, task.getCamundaFormRef(), violations);
      if (isBlank(task.getCamundaCandidateGroups())) {
        violations.add(new Violation(name, task.getId(), "user task has no candidate groups"));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      // a person starts it in Tasklist; a process only ever called by another needs no start form
      boolean startedByAPerson = start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist();
      if (startedByAPerson && start.getEventDefinitions().isEmpty()) {
        checkForm(name, start, start.getCamundaFormRef(), violations);
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if ("external".equals(task.getCamundaType())) {
        checkTopic(name, task, task.getCamundaTopic(), violations);
      }
    }
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      if ("external".equals(message.getCamundaType())) {
        checkTopic(name, (BaseElement) message.getParentElement(), message.getCamundaTopic(), violations);
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
        violations.add(new Violation(name, element.getId(), "id is generated, not readable (e.g. Task_AssessGuardianship)"));
      }
    }
    return violations;
  }

  public List<Violation> checkDmn(String name, InputStream dmn) {
    DmnModelInstance model = Dmn.readModelFromStream(dmn);
    List<Violation> violations = new ArrayList<>();
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    for (Decision decision : decisions) {
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(new Violation(name, decision.getId(), "decision has no history time-to-live"));
      }
      if (GENERATED_ID.matcher(decision.getId()).matches()) {
        violations.add(new Violation(name, decision.getId(), "id is generated, not readable"));
      }
    }
    return violations;
  }

  /** A process the jurisdiction guard watches gives its cases numbers: it must say with which prefix. */
  private static void checkCaseNumberPrefix(String name, Process process, List<Violation> violations) {
    boolean guarded = process.getExtensionElements() != null && process.getExtensionElements().getElementsQuery()
        .filterByType(CamundaExecutionListener.class).list().stream()
        .anyMatch(listener -> JURISDICTION_GUARD.equals(listener.getCamundaDelegateExpression()));
    String prefix = CaseProcess.of(process).caseNumberPrefix();
    if (guarded && prefix == null) {
      violations.add(new Violation(name, process.getId(),
          "a process with the jurisdiction guard declares its case-number prefix (" + CaseProcess.CASE_NUMBER_PREFIX + ")"));
    } else if (prefix != null && !CASE_NUMBER_PREFIX.matcher(prefix).matches()) {
      violations.add(new Violation(name, process.getId(), "case-number prefix '" + prefix + "' must be 2 to 10 capital letters"));
    }
  }

  private void checkForm(String name, BaseElement element, String formRef, List<Violation> violations) {
    if (isBlank(formRef)) {
      violations.add(new Violation(name, element.getId(), "has no Camunda Form (camunda:formRef)"));
    } else if (!formIds.contains(formRef)) {
      violations.add(new Violation(name, element.getId(), "form '" + formRef + "' does not exist in forms/"));
    }
  }

  private void checkTopic(String name, BaseElement element, String topic, List<Violation> violations) {
    if (isBlank(topic)) {
      violations.add(new Violation(name, element.getId(), "external task has no topic"));
    } else if (!topics.contains(topic)) {
      violations.add(new Violation(name, element.getId(), "topic '" + topic + "' has no handler in workers/"));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
