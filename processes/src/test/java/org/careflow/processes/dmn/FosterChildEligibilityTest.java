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

/** Child suitable for family foster care (hit policy FIRST), rule by rule, on the standalone DMN engine. */
class FosterChildEligibilityTest {

  static final String REASON_ELIGIBLE = "符合全部五项条件，且无排除情形";
  static final String REASON_NOT_UNDER_GUARDIANSHIP = "不是由民政部门监护的孤儿或弃婴";

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("foster-child-eligibility.dmn", DECISION_CHILD_ELIGIBILITY);

  static DmnDecisionTableResult evaluate(Boolean guardianship, Boolean familyCare, Boolean suitable, Boolean medicalCare,
      Boolean rehabilitationBase, Boolean adoption, Boolean severeDisability, Boolean infectious, Boolean mentalIllness,
      Integer childAge) {
    VariableMap variables = Variables.createVariables()
        .putValue(IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP, guardianship)
        .putValue(IN_NEEDS_FAMILY_CARE, familyCare)
        .putValue(IN_SUITABLE_FOR_FAMILY_UPBRINGING, suitable)
        .putValue(IN_NEEDS_LONG_TERM_MEDICAL_CARE, medicalCare)
        .putValue(IN_REHABILITATION_BASE_AVAILABLE, rehabilitationBase)
        .putValue(IN_ADOPTION_SUITABLE_SHORT_TERM, adoption)
        .putValue(IN_SEVERE_DISABILITY, severeDisability)
        .putValue(IN_ACTIVE_INFECTIOUS_DISEASE, infectious)
        .putValue(IN_SERIOUS_MENTAL_ILLNESS, mentalIllness)
        .putValue(IN_CHILD_AGE, childAge);
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("foster-child-eligibility.dmn")).as("the decisions the file declares").contains(DECISION_CHILD_ELIGIBILITY);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_ACTIVE_INFECTIOUS_DISEASE, IN_ADOPTION_SUITABLE_SHORT_TERM, IN_CHILD_AGE, IN_NEEDS_FAMILY_CARE, IN_NEEDS_LONG_TERM_MEDICAL_CARE, IN_REHABILITATION_BASE_AVAILABLE, IN_SERIOUS_MENTAL_ILLNESS, IN_SEVERE_DISABILITY, IN_SUITABLE_FOR_FAMILY_UPBRINGING, IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP);
    assertThat(decision.getName()).isEqualTo("Child suitable for family foster care");
    assertThat(decision.isDecisionTable()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] guardianship={0} familyCare={1} suitable={2} medicalCare={3} base={4} adoption={5} "
      + "severeDisability={6} infectious={7} mentalIllness={8} age={9} -> {10}: {11}")
  @CsvSource(delimiter = '|', textBlock = """
      # guard | family | suitable | medical | base  | adopt | severe | infect | mental | age || eligible | reason
      # meets all five conditions and none of the exclusions
        true  | true   | true     | false   | false | false | false  | false  | false  | 10  |  true  | 符合全部五项条件，且无排除情形
        true  | true   | true     | false   | false | false | false  | false  | false  | 0   |  true  | 符合全部五项条件，且无排除情形
      # rule 1: age boundary 17 / 18
        true  | true   | true     | false   | false | false | false  | false  | false  | 17  |  true  | 符合全部五项条件，且无排除情形
        true  | true   | true     | false   | false | false | false  | false  | false  | 18  |  false | 儿童已年满18周岁：家庭寄养只适用于未满18周岁的儿童
        true  | true   | true     | false   | false | false | false  | false  | false  | 19  |  false | 儿童已年满18周岁：家庭寄养只适用于未满18周岁的儿童
      # rules 2 and 3: exclusions
        true  | true   | true     | false   | false | false | false  | true   | false  | 10  |  false | 患有处于活动期的传染病
        true  | true   | true     | false   | false | false | false  | false  | true   | 10  |  false | 患有严重精神疾病或长期情绪行为异常
      # rule 4: severe disability, lifted by a rehabilitation base
        true  | true   | true     | false   | false | false | true   | false  | false  | 10  |  false | 重度残疾需长期专业治疗照料，且无康复基地
        true  | true   | true     | false   |       | false | true   | false  | false  | 10  |  false | 重度残疾需长期专业治疗照料，且无康复基地
        true  | true   | true     | false   | true  | false | true   | false  | false  | 10  |  true  | 符合全部五项条件，且无排除情形
      # rules 5 to 7: conditions not met, false or missing
        false | true   | true     | false   | false | false | false  | false  | false  | 10  |  false | 不是由民政部门监护的孤儿或弃婴
              | true   | true     | false   | false | false | false  | false  | false  | 10  |  false | 不是由民政部门监护的孤儿或弃婴
        true  | false  | true     | false   | false | false | false  | false  | false  | 10  |  false | 没有接受家庭照料的情感需求
        true  |        | true     | false   | false | false | false  | false  | false  | 10  |  false | 没有接受家庭照料的情感需求
        true  | true   | false    | false   | false | false | false  | false  | false  | 10  |  false | 身心状况不适合在家庭中抚育
        true  | true   |          | false   | false | false | false  | false  | false  | 10  |  false | 身心状况不适合在家庭中抚育
      # rule 8: long-term medical care, lifted by a rehabilitation base
        true  | true   | true     | true    | false | false | false  | false  | false  | 10  |  false | 需长期医疗康复或护理，且无康复基地
        true  | true   | true     | true    |       | false | false  | false  | false  | 10  |  false | 需长期医疗康复或护理，且无康复基地
        true  | true   | true     | true    | true  | false | false  | false  | false  | 10  |  true  | 符合全部五项条件，且无排除情形
        true  | true   | true     | true    | true  | false | true   | false  | false  | 10  |  true  | 符合全部五项条件，且无排除情形
      # rule 9: suitable for adoption in the short term
        true  | true   | true     | false   | false | true  | false  | false  | false  | 10  |  false | 短期内适合送养
      # first hit wins
        true  | true   | true     | false   | false | false | false  | true   | false  | 18  |  false | 儿童已年满18周岁：家庭寄养只适用于未满18周岁的儿童
              | true   | true     | false   | false | false | false  | true   | false  | 10  |  false | 患有处于活动期的传染病
        false | false  | false    | false   | false | false | false  | true   | true   | 10  |  false | 患有处于活动期的传染病
        true  | true   | true     | false   | false | false | true   | false  | true   | 10  |  false | 患有严重精神疾病或长期情绪行为异常
        false | true   | true     | false   | false | false | true   | false  | false  | 10  |  false | 重度残疾需长期专业治疗照料，且无康复基地
        false | true   | true     | false   | true  | false | true   | false  | false  | 10  |  false | 不是由民政部门监护的孤儿或弃婴
        false | false  | false    | true    | false | true  | false  | false  | false  | 10  |  false | 不是由民政部门监护的孤儿或弃婴
        true  | false  | false    | true    | false | true  | false  | false  | false  | 10  |  false | 没有接受家庭照料的情感需求
        true  | true   | false    | true    | false | true  | false  | false  | false  | 10  |  false | 身心状况不适合在家庭中抚育
        true  | true   | true     | true    | false | true  | false  | false  | false  | 10  |  false | 需长期医疗康复或护理，且无康复基地
        true  | true   | true     | true    | true  | true  | false  | false  | false  | 10  |  false | 短期内适合送养
      # missing (null) exclusion flags never match "true"
        true  | true   | true     |         |       |       |        |        |        | 10  |  true  | 符合全部五项条件，且无排除情形
              |        |          |         |       |       |        |        |        | 10  |  false | 不是由民政部门监护的孤儿或弃婴
              |        |          |         |       |       |        | true   |        |     |  false | 患有处于活动期的传染病
      """)
  void childEligibility(Boolean guardianship, Boolean familyCare, Boolean suitable, Boolean medicalCare,
      Boolean rehabilitationBase, Boolean adoption, Boolean severeDisability, Boolean infectious, Boolean mentalIllness,
      Integer childAge, boolean eligible, String reason) {
    assertEligibility(evaluate(guardianship, familyCare, suitable, medicalCare, rehabilitationBase, adoption,
        severeDisability, infectious, mentalIllness, childAge), eligible, reason);
  }

  @Test
  void firstMatchingRuleDecidesWhenSeveralRulesMatch() {
    DmnDecisionTableResult result = evaluate(null, true, true, false, false, false, false, true, false, 10);

    assertEligibility(result, false, "患有处于活动期的传染病");
  }

  @Test
  void noVariablesAtAllIsNotUnderCivilAffairsGuardianship() {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables());

    assertEligibility(result, false, REASON_NOT_UNDER_GUARDIANSHIP);
  }

  @Test
  void onlyTheThreeRequiredConditionsGivenIsEligible() {
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue(IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP, true)
        .putValue(IN_NEEDS_FAMILY_CARE, true)
        .putValue(IN_SUITABLE_FOR_FAMILY_UPBRINGING, true)
        .putValue(IN_CHILD_AGE, 17));

    assertEligibility(result, true, REASON_ELIGIBLE);
  }

  @Test
  void aChildWhoseAgeIsUnknownIsNeverEligibleByDefault() {
    DmnDecisionTableResult result = evaluate(true, true, true, false, false, false, false, false, false, null);
    assertThat(result).hasSize(1);
    assertThat((Object) result.getSingleResult().getEntry(OUT_ELIGIBLE)).isEqualTo(false);
    assertThat((Object) result.getSingleResult().getEntry(OUT_REASON)).isEqualTo("儿童年龄不详");
  }
}
