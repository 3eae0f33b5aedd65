package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.Decisions.*;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Central subsidy to the orphan basic living allowance (hit policy UNIQUE), by region and year. */
class OrphanAllowanceSubsidyTest {

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("orphan-allowance-subsidy.dmn", ORPHAN_ALLOWANCE_SUBSIDY);

  static DmnDecisionTableResult evaluate(String region, Integer year) {
    return dmnEngine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue(IN_REGION, region).putValue(IN_YEAR, year));
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("orphan-allowance-subsidy.dmn")).as("the decisions the file declares").contains(ORPHAN_ALLOWANCE_SUBSIDY);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_REGION, IN_YEAR);
    assertThat(decision.getName()).isEqualTo("Central subsidy to the orphan basic living allowance");
  }

  @ParameterizedTest(name = "{0} {1} -> {2} yuan")
  @CsvSource(delimiter = '|', textBlock = """
      # region  | year | monthly subsidy (yuan per person)
        EAST    | 2010 | 200
        EAST    | 2018 | 200
        EAST    | 2019 | 300
        EAST    | 2026 | 300
        CENTRAL | 2010 | 300
        CENTRAL | 2018 | 300
        CENTRAL | 2019 | 450
        CENTRAL | 2026 | 450
        WEST    | 2010 | 400
        WEST    | 2018 | 400
        WEST    | 2019 | 600
        WEST    | 2026 | 600
      """)
  void subsidyPerRegionAndYear(String region, int year, int monthlySubsidyYuan) {
    DmnDecisionTableResult result = evaluate(region, year);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().keySet()).containsExactly(OUT_MONTHLY_SUBSIDY_YUAN);
    assertThat((Object) result.getSingleEntry()).isEqualTo(monthlySubsidyYuan);
  }

  @ParameterizedTest(name = "region {0} -> no result")
  @CsvSource({"NORTH", "east", "''"})
  void unknownRegionHasNoResult(String region) {
    assertThat(evaluate(region, 2019)).isEmpty();
    assertThat(evaluate(region, 2018)).isEmpty();
  }

  @Test
  void missingRegionOrYearHasNoResult() {
    assertThat(evaluate(null, 2019)).isEmpty();
    assertThat(evaluate("WEST", null)).isEmpty();
  }
}
