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

  static final String REASON_ELIGIBLE = "符合寄养家庭标准";
  static final String REASON_NOT_HARMONIOUS = "家庭关系不和睦或邻里关系不好";

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
        false  | false  | true       | true  | 0         | 0       |  true  | 符合寄养家庭标准
      # rule 5: at most 2 fostered, boundary 1 (2 after this placement) / 2 (3 after)
        false  | false  | true       | true  | 1         | 0       |  true  | 符合寄养家庭标准
        false  | false  | true       | true  | 2         | 0       |  false | 家庭已寄养2名儿童：最多只能寄养2名
        false  | false  | true       | true  | 3         | 0       |  false | 家庭已寄养2名儿童：最多只能寄养2名
      # rule 6: no other child under 6, boundary 0 / 1
        false  | false  | true       | true  | 0         | 1       |  false | 家中另有未满6周岁的儿童
        false  | false  | true       | true  | 1         | 2       |  false | 家中另有未满6周岁的儿童
      # rules 1 and 2: exclusions
        true   | false  | true       | true  | 0         | 0       |  false | 家庭成员患有精神疾病或其他不利于儿童的疾病
        false  | true   | true       | true  | 0         | 0       |  false | 家庭成员有不良嗜好或违法犯罪记录
      # rules 3 and 4: conditions not met, false or missing
        false  | false  | false      | true  | 0         | 0       |  false | 家庭关系不和睦或邻里关系不好
        false  | false  |            | true  | 0         | 0       |  false | 家庭关系不和睦或邻里关系不好
        false  | false  | true       | false | 0         | 0       |  false | 并非所有家庭成员都同意寄养
        false  | false  | true       |       | 0         | 0       |  false | 并非所有家庭成员都同意寄养
      # first hit wins
        true   | true   | false      | false | 2         | 1       |  false | 家庭成员患有精神疾病或其他不利于儿童的疾病
        false  | true   | false      | false | 2         | 1       |  false | 家庭成员有不良嗜好或违法犯罪记录
        false  | false  | false      | false | 2         | 1       |  false | 家庭关系不和睦或邻里关系不好
        false  | false  | true       | false | 2         | 1       |  false | 并非所有家庭成员都同意寄养
        false  | false  | true       | true  | 2         | 1       |  false | 家庭已寄养2名儿童：最多只能寄养2名
      # missing (null) exclusion flags never match "true"
               |        | true       | true  | 0         | 0       |  true  | 符合寄养家庭标准
               |        |            |       | 0         | 0       |  false | 家庭关系不和睦或邻里关系不好
      """)
  void familyEligibility(Boolean mentalIllness, Boolean badHabitsOrCriminalRecord, Boolean harmonious, Boolean allAgree,
      Integer currentFosterChildren, Integer otherChildrenUnder6, boolean eligible, String reason) {
    assertEligibility(evaluate(mentalIllness, badHabitsOrCriminalRecord, harmonious, allAgree, currentFosterChildren,
        otherChildrenUnder6), eligible, reason);
  }

  @Test
  void firstMatchingRuleDecidesWhenSeveralRulesMatch() {
    DmnDecisionTableResult result = evaluate(false, false, true, true, 2, 1);

    assertEligibility(result, false, "家庭已寄养2名儿童：最多只能寄养2名");
  }

  @Test
  void noVariablesAtAllIsNotHarmonious() {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables());

    assertEligibility(result, false, REASON_NOT_HARMONIOUS);
  }

  @Test
  void aFamilyWhoseChildrenWereNotCountedIsNeverEligibleByDefault() {
    assertEligibility(evaluate(false, false, true, true, null, 0), false,
        "未填写家庭已寄养的儿童人数");
    assertEligibility(evaluate(false, false, true, true, 0, null), false,
        "未填写家中其他未满6周岁儿童的人数");
  }
}
