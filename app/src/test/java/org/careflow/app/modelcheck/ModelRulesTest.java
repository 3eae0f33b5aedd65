package org.careflow.app.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.careflow.app.caseprocess.CaseProcess;
import org.careflow.contract.ChildRecordUpdate;
import org.careflow.contract.EntrustedGuardianship;
import org.careflow.contract.FosterCare;
import org.careflow.contract.ProtectionCase;
import org.careflow.contract.StaffOnboarding;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The build's model checks over every model that ships in processes/. */
class ModelRulesTest {

  private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

  @Test
  void everyShippedModelKeepsTheRules() throws IOException {
    ModelRules rules = new ModelRules(formIds(), HandlerTopics.onClasspath());
    List<ModelRules.Violation> violations = new ArrayList<>();
    Resource[] bpmn = resources.getResources("classpath*:bpmn/**/*.bpmn");
    assertThat(bpmn).isNotEmpty();
    for (Resource model : bpmn) {
      try (InputStream in = model.getInputStream()) {
        violations.addAll(rules.checkBpmn(model.getFilename(), in));
      }
    }
    for (Resource model : resources.getResources("classpath*:dmn/**/*.dmn")) {
      try (InputStream in = model.getInputStream()) {
        violations.addAll(rules.checkDmn(model.getFilename(), in));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void aBrokenModelIsReportedRuleByRule() {
    BpmnModelInstance broken = Bpmn.createExecutableProcess("broken")
        .startEvent("StartEvent_Begin").camundaFormRef("guardianship-parents-leaving")
        .userTask("Activity_0x1y2z3").camundaFormRef("no-such-form")
        .userTask("Task_NoGroups").camundaFormRef("guardianship-name-guardian")
        .serviceTask("Task_Unknown").camundaExternalTask("noSuchTopic")
        .endEvent("EndEvent_Done")
        .done();
    // the fluent builder fills in a time-to-live; an analyst's model may lack one
    broken.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("broken").setCamundaHistoryTimeToLiveString(null);
    ModelRules rules = new ModelRules(Set.of("guardianship-parents-leaving", "guardianship-name-guardian"), Set.of("known"));

    List<String> found = rules.checkBpmn("broken.bpmn", new ByteArrayInputStream(Bpmn.convertToString(broken).getBytes()))
        .stream().map(ModelRules.Violation::toString).toList();

    assertThat(found).contains(
        "broken.bpmn / broken: process has no history time-to-live",
        "broken.bpmn / Activity_0x1y2z3: form 'no-such-form' does not exist in forms/",
        "broken.bpmn / Activity_0x1y2z3: user task has no candidate groups",
        "broken.bpmn / Activity_0x1y2z3: id is generated, not readable (e.g. Task_AssessGuardianship)",
        "broken.bpmn / Task_NoGroups: user task has no candidate groups",
        "broken.bpmn / Task_Unknown: topic 'noSuchTopic' has no handler in workers/");
  }

  @Test
  void aGuardedProcessWithoutACaseNumberPrefixIsReported() {
    BpmnModelInstance unnumbered = Bpmn.createExecutableProcess("unnumbered").camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Begin").camundaFormRef("guardianship-parents-leaving")
        .endEvent("EndEvent_Done")
        .done();
    Process process = unnumbered.getModelElementById("unnumbered");
    process.setExtensionElements(unnumbered.newInstance(ExtensionElements.class));
    CamundaExecutionListener guard = process.getExtensionElements().addExtensionElement(CamundaExecutionListener.class);
    guard.setCamundaEvent("start");
    guard.setCamundaDelegateExpression("${jurisdictionGuard}");
    ModelRules rules = new ModelRules(Set.of("guardianship-parents-leaving"), Set.of());

    assertThat(rules.checkBpmn("unnumbered.bpmn", new ByteArrayInputStream(Bpmn.convertToString(unnumbered).getBytes())))
        .extracting(ModelRules.Violation::toString)
        .containsExactly("unnumbered.bpmn / unnumbered: a process with the jurisdiction guard declares its case-number prefix "
            + "(careflow.caseNumberPrefix)");
  }

  /** The declarations moved from Java maps into the models; these are the values the maps had. */
  @Test
  void theShippedCaseProcessesDeclareTheirPrefixesAndStarters() throws IOException {
    Map<String, CaseProcess> declared = new HashMap<>();
    for (Resource model : resources.getResources("classpath*:bpmn/**/*.bpmn")) {
      try (InputStream in = model.getInputStream()) {
        Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)
            .forEach(process -> declared.put(process.getId(), CaseProcess.of(process)));
      }
    }
    assertThat(declared.get(EntrustedGuardianship.PROCESS_KEY))
        .isEqualTo(new CaseProcess(EntrustedGuardianship.CASE_PREFIX, List.of("child-directors", "child-supervisors")));
    assertThat(declared.get(ProtectionCase.PROCESS_KEY)).isEqualTo(new CaseProcess(ProtectionCase.CASE_PREFIX,
        List.of("child-directors", "child-supervisors", "agency-staff", "careflow-workers")));
    assertThat(declared.get(FosterCare.PROCESS_KEY)).isEqualTo(new CaseProcess(FosterCare.CASE_PREFIX, List.of("civil-affairs-officers")));
    assertThat(declared.get(ChildRecordUpdate.PROCESS_KEY)).isEqualTo(new CaseProcess(ChildRecordUpdate.CASE_PREFIX, List.of("child-directors")));
    assertThat(declared.get(StaffOnboarding.PROCESS_KEY)).isEqualTo(new CaseProcess(null, List.of("civil-affairs-officers")));
    assertThat(declared.entrySet()).filteredOn(e -> !e.getValue().starters().isEmpty()).hasSize(5);
  }

  private Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Resource form : resources.getResources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        ids.add(json.readTree(in).path("id").asText());
      }
    }
    assertThat(ids).isNotEmpty();
    return ids;
  }
}
