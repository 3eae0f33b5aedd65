package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.Decisions.*;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk triage (hit policy FIRST), rule by rule, on the standalone DMN engine. */
class RiskTriageTest {

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("risk-triage.dmn", RISK_TRIAGE);

  static DmnDecisionTableResult evaluate(Boolean livingAlone, Boolean missing, Boolean incapacitated, Boolean neglect,
      Boolean violence, Boolean severe) {
    VariableMap variables = Variables.createVariables()
        .putValue(IN_CHILD_LIVING_ALONE, livingAlone)
        .putValue(IN_CHILD_MISSING, missing)
        .putValue(IN_GUARDIAN_INCAPACITATED, incapacitated)
        .putValue(IN_GUARDIAN_NEGLECT, neglect)
        .putValue(IN_DOMESTIC_VIOLENCE, violence)
        .putValue(IN_SEVERE, severe);
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  static void assertTriage(DmnDecisionTableResult result, String riskLevel, boolean policeReport) {
    assertThat(result).hasSize(1);
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat(row.keySet()).containsExactlyInAnyOrder(OUT_RISK_LEVEL, OUT_POLICE_REPORT_REQUIRED);
    assertThat((Object) row.getEntry(OUT_RISK_LEVEL)).isEqualTo(riskLevel);
    assertThat((Object) row.getEntry(OUT_POLICE_REPORT_REQUIRED)).isEqualTo(policeReport);
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("risk-triage.dmn")).as("the decisions the file declares").contains(RISK_TRIAGE);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_CHILD_LIVING_ALONE, IN_CHILD_MISSING, IN_DOMESTIC_VIOLENCE, IN_GUARDIAN_INCAPACITATED, IN_GUARDIAN_NEGLECT, IN_SEVERE);
    assertThat(decision.getName()).isEqualTo("Risk triage and mandatory police report");
    assertThat(decision.isDecisionTable()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] alone={0} missing={1} incapacitated={2} neglect={3} violence={4} severe={5} -> {6}/{7}")
  @CsvSource(delimiter = '|', textBlock = """
      # alone | missing | incapacitated | neglect | violence | severe || risk   | police
      # each single flag
        true  | false   | false         | false   | false    | false  |  HIGH   | true
        false | true    | false         | false   | false    | false  |  HIGH   | true
        false | false   | true          | false   | false    | false  |  HIGH   | true
        false | false   | false         | true    | false    | false  |  MEDIUM | false
        false | false   | false         | false   | true     | false  |  MEDIUM | false
        false | false   | false         | false   | false    | true   |  LOW    | false
        false | false   | false         | false   | false    | false  |  LOW    | false
      # severity turns violence and neglect into a mandatory report
        false | false   | false         | false   | true     | true   |  HIGH   | true
        false | false   | false         | true    | false    | true   |  HIGH   | true
        false | false   | false         | true    | true     | true   |  HIGH   | true
        false | false   | false         | true    | true     | false  |  MEDIUM | false
      # first hit wins: a mandatory-report rule above a medium rule
        true  | false   | false         | true    | false    | false  |  HIGH   | true
        false | true    | false         | false   | true     | false  |  HIGH   | true
        false | false   | true          | true    | true     | false  |  HIGH   | true
        true  | true    | true          | true    | true     | true   |  HIGH   | true
      # missing (null) flags behave like false
              |         |               |         |          |        |  LOW    | false
              |         |               |         |          | true   |  LOW    | false
              |         |               |         | true     |        |  MEDIUM | false
              |         |               | true    |          |        |  MEDIUM | false
              |         |               | true    |          | true   |  HIGH   | true
              |         |               |         | true     | true   |  HIGH   | true
              |         | true          |         |          |        |  HIGH   | true
              | true    |               |         |          |        |  HIGH   | true
        true  |         |               |         |          |        |  HIGH   | true
      """)
  void triage(Boolean livingAlone, Boolean missing, Boolean incapacitated, Boolean neglect, Boolean violence,
      Boolean severe, String riskLevel, boolean policeReport) {
    assertTriage(evaluate(livingAlone, missing, incapacitated, neglect, violence, severe), riskLevel, policeReport);
  }

  @Test
  void firstMatchingRuleDecidesWhenSeveralRulesMatch() {
    DmnDecisionTableResult result = evaluate(true, false, false, true, false, false);

    assertTriage(result, "HIGH", true);
  }

  @Test
  void noVariablesAtAllIsTheGeneralSituation() {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables());

    assertTriage(result, "LOW", false);
  }
}
