package org.careflow.processes.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every name a model or form uses is one the contract publishes, so code can spell it from there. */
class ContractNamesTest {

  @Test
  void everyNameTheModelsAndFormsUseIsInTheContract() {
    Map<String, Set<String>> used = ModelNames.ofRepository().names();

    assertThat(used).as("names found in the models and forms").hasSizeGreaterThan(200)
        .containsKeys("child-protection-case", "ProtectionReportReceived", "notifyPolice", "risk-triage",
            "riskLevel", "protection-visit", "visitNotes", "jurisdictionGuard", "visitsMade", "placementEnd");
    assertThat(notInContract(used, ContractNames.all()))
        .as("names used by a model or form (with where) that no constant of org.careflow.contract publishes")
        .isEmpty();
  }

  @Test
  void aNameTheContractLacksIsFoundWhereverAModelOrFormUsesIt() {
    ModelNames names = new ModelNames()
        .bpmn("made-up.bpmn", """
            <bpmn:process id="made-up-process">
              <bpmn:serviceTask id="ServiceTask_X" camunda:type="external" camunda:topic="madeUpTopic" />
              <bpmn:sequenceFlow id="Flow_X"><bpmn:conditionExpression>${madeUpFlag and not empty villageCode}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:userTask id="Task_X" camunda:dueDate="${dateTime().plusDays(execution.getVariable('madeUpDays')).toDate()}" />
              <bpmn:endEvent id="End_X"><bpmn:extensionElements><camunda:executionListener delegateExpression="${madeUpBean}" event="end" /></bpmn:extensionElements></bpmn:endEvent>
            </bpmn:process>
            <bpmn:message id="Message_X" name="MadeUpMessage" />""")
        .dmn("made-up.dmn", """
            <decision id="made-up-decision"><decisionTable>
              <input id="In"><inputExpression typeRef="string"><text>madeUpInput</text></inputExpression></input>
              <output id="Out" name="madeUpOutput" typeRef="string" />
            </decisionTable></decision>""")
        .form("made-up.form", """
            { "id": "made-up-form", "components": [ { "id": "Field_X", "key": "madeUpField", "type": "textfield" } ] }""");

    assertThat(notInContract(names.names(), ContractNames.all())).containsOnlyKeys("made-up-process",
        "madeUpTopic", "madeUpFlag", "madeUpDays", "madeUpBean", "MadeUpMessage", "made-up-decision",
        "madeUpInput", "madeUpOutput", "made-up-form", "madeUpField");
  }

  @Test
  void theContractGivesOutTheMeasuresVariablesItsEnumNames() {
    assertThat(ContractNames.all()).contains("measureReturnToSchool", "measureReturnToSchoolDone", "risk-triage");
  }

  private static Map<String, Set<String>> notInContract(Map<String, Set<String>> used, Set<String> contract) {
    Map<String, Set<String>> missing = new TreeMap<>(used);
    missing.keySet().removeAll(contract);
    return missing;
  }
}
