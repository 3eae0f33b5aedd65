package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.processes.dmn.DmnTables.assertEligibility;
import static org.careflow.contract.FosterCare.*;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Foster family meets the standard (hit policy FIRST), rule by rule, on the standalone DMN engine. */
class FosterFamilyEligibilityTest {

  static final String REASON_ELIGIBLE = "Meets the standard for foster families";
  static final String REASON_NOT_HARMONIOUS = "The family is not harmonious with good neighbour relations";

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("foster-family-eligibility.dmn", DECISION_FAMILY_ELIGIBILITY);

  static DmnDecisionTableResult evaluate(Boolean mentalIllness, Boolean badHabitsOrCriminalRecord, Boolean harmonious,
      Boolean allAgree, Integer currentFosterChildren, Integer otherChildrenUnder6) {
    VariableMap variables = Variables.createVariables()
        .putValue(IN_MEMBER_WITH_MENTAL_ILLNESS, mentalIllness)
        .putValue(IN_MEMBER_WITH_BAD_HABITS_OR_CRIMINAL_RECORD, badHabitsOrCriminalRecord)
        .putValue(IN_FAMILY_HARMONIOUS, harmonious)
        .putValue(IN_ALL_MEMBERS_AGREE, allAgree)
        .putValue(IN_CURRENT_FOSTER_CHILDREN, currentFosterChildren)
        .putValue(IN_OTHER_CHILDREN_UNDER_6, otherChildrenUnder6);
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("foster-family-eligibility.dmn")).as("the decisions the file declares").contains(DECISION_FAMILY_ELIGIBILITY);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_ALL_MEMBERS_AGREE, IN_CURRENT_FOSTER_CHILDREN, IN_FAMILY_HARMONIOUS, IN_MEMBER_WITH_BAD_HABITS_OR_CRIMINAL_RECORD, IN_MEMBER_WITH_MENTAL_ILLNESS, IN_OTHER_CHILDREN_UNDER_6);
    assertThat(decision.getName()).isEqualTo("Foster family meets the standard");
    assertThat(decision.isDecisionTable()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] mentalIllness={0} badHabits={1} harmonious={2} allAgree={3} fostering={4} "
      + "under6={5} -> {6}: {7}")
  @CsvSource(delimiter = '|', textBlock = """
      # mental | habits | harmonious | agree | fostering | under 6 || eligible | reason
      # meets the standard
        false  | false  | true       | true  | 0         | 0       |  true  | Meets the standard for foster families
      # rule 5: at most 2 fostered, boundary 1 (2 after this placement) / 2 (3 after)
        false  | false  | true       | true  | 1         | 0       |  true  | Meets the standard for foster families
        false  | false  | true       | true  | 2         | 0       |  false | The family already fosters 2 children: at most 2 may be fostered
        false  | false  | true       | true  | 3         | 0       |  false | The family already fosters 2 children: at most 2 may be fostered
      # rule 6: no other child under 6, boundary 0 / 1
        false  | false  | true       | true  | 0         | 1       |  false | Another child under 6 lives in the family
        false  | false  | true       | true  | 1         | 2       |  false | Another child under 6 lives in the family
      # rules 1 and 2: exclusions
        true   | false  | true       | true  | 0         | 0       |  false | A family member has a mental illness or another illness harmful to the child
        false  | true   | true       | true  | 0         | 0       |  false | A family member has bad habits or a criminal record
      # rules 3 and 4: conditions not met, false or missing
        false  | false  | false      | true  | 0         | 0       |  false | The family is not harmonious with good neighbour relations
        false  | false  |            | true  | 0         | 0       |  false | The family is not harmonious with good neighbour relations
        false  | false  | true       | false | 0         | 0       |  false | Not every family member agrees to fostering
        false  | false  | true       |       | 0         | 0       |  false | Not every family member agrees to fostering
      # first hit wins
        true   | true   | false      | false | 2         | 1       |  false | A family member has a mental illness or another illness harmful to the child
        false  | true   | false      | false | 2         | 1       |  false | A family member has bad habits or a criminal record
        false  | false  | false      | false | 2         | 1       |  false | The family is not harmonious with good neighbour relations
        false  | false  | true       | false | 2         | 1       |  false | Not every family member agrees to fostering
        false  | false  | true       | true  | 2         | 1       |  false | The family already fosters 2 children: at most 2 may be fostered
      # missing (null) exclusion flags never match "true"
               |        | true       | true  | 0         | 0       |  true  | Meets the standard for foster families
               |        |            |       | 0         | 0       |  false | The family is not harmonious with good neighbour relations
      """)
  void familyEligibility(Boolean mentalIllness, Boolean badHabitsOrCriminalRecord, Boolean harmonious, Boolean allAgree,
      Integer currentFosterChildren, Integer otherChildrenUnder6, boolean eligible, String reason) {
    assertEligibility(evaluate(mentalIllness, badHabitsOrCriminalRecord, harmonious, allAgree, currentFosterChildren,
        otherChildrenUnder6), eligible, reason);
  }

  @Test
  void firstMatchingRuleDecidesWhenSeveralRulesMatch() {
    DmnDecisionTableResult result = evaluate(false, false, true, true, 2, 1);

    assertEligibility(result, false, "The family already fosters 2 children: at most 2 may be fostered");
  }

  @Test
  void noVariablesAtAllIsNotHarmonious() {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables());

    assertEligibility(result, false, REASON_NOT_HARMONIOUS);
  }

  @Test
  void aFamilyWhoseChildrenWereNotCountedIsNeverEligibleByDefault() {
    assertEligibility(evaluate(false, false, true, true, null, 0), false,
        "The children the family already fosters have not been counted");
    assertEligibility(evaluate(false, false, true, true, 0, null), false,
        "The other children under 6 living in the family have not been counted");
  }
}
