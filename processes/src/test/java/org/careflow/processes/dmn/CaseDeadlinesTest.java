package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.Decisions.*;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case deadlines per risk level (hit policy UNIQUE). */
class CaseDeadlinesTest {

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("case-deadlines.dmn", CASE_DEADLINES);

  static DmnDecisionTableResult evaluate(String riskLevel) {
    return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue(IN_RISK_LEVEL, riskLevel));
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("case-deadlines.dmn")).as("the decisions the file declares").contains(CASE_DEADLINES);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_RISK_LEVEL);
    assertThat(decision.getName()).isEqualTo("Case deadlines per risk level");
  }

  @ParameterizedTest(name = "{0}: triage {1} h, first response {2} h, first visit {3} d, visits every {4} d")
  @CsvSource(delimiter = '|', textBlock = """
      # risk  | triage h | first response h | first visit d | visit interval d
        HIGH   | 2        | 12               | 1             | 7
        MEDIUM | 24       | 72               | 7             | 14
        LOW    | 72       | 168              | 14            | 30
      """)
  void deadlinesPerRiskLevel(String riskLevel, int triageHours, int firstResponseHours, int firstVisitDays,
      int visitIntervalDays) {
    DmnDecisionTableResult result = evaluate(riskLevel);

    assertThat(result).hasSize(1);
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat(row.keySet()).containsExactly(OUT_TRIAGE_HOURS, OUT_FIRST_RESPONSE_HOURS, OUT_FIRST_VISIT_DAYS,
        OUT_VISIT_INTERVAL_DAYS);
    assertThat((Object) row.getEntry(OUT_TRIAGE_HOURS)).isEqualTo(triageHours);
    assertThat((Object) row.getEntry(OUT_FIRST_RESPONSE_HOURS)).isEqualTo(firstResponseHours);
    assertThat((Object) row.getEntry(OUT_FIRST_VISIT_DAYS)).isEqualTo(firstVisitDays);
    assertThat((Object) row.getEntry(OUT_VISIT_INTERVAL_DAYS)).isEqualTo(visitIntervalDays);
  }

  @ParameterizedTest(name = "risk level {0} -> no result")
  @CsvSource({"CRITICAL", "high", "''"})
  void unknownRiskLevelHasNoResult(String riskLevel) {
    assertThat(evaluate(riskLevel)).isEmpty();
  }

  @Test
  void missingRiskLevelHasNoResult() {
    assertThat(evaluate(null)).isEmpty();
  }
}
