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

  static final String REASON_ELIGIBLE = "Meets all five conditions and none of the exclusions";
  static final String REASON_NOT_UNDER_GUARDIANSHIP = "Not an orphan or abandoned child under civil-affairs guardianship";

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
        true  | true   | true     | false   | false | false | false  | false  | false  | 10  |  true  | Meets all five conditions and none of the exclusions
        true  | true   | true     | false   | false | false | false  | false  | false  | 0   |  true  | Meets all five conditions and none of the exclusions
      # rule 1: age boundary 17 / 18
        true  | true   | true     | false   | false | false | false  | false  | false  | 17  |  true  | Meets all five conditions and none of the exclusions
        true  | true   | true     | false   | false | false | false  | false  | false  | 18  |  false | The child is 18 or older: family foster care is for children under 18
        true  | true   | true     | false   | false | false | false  | false  | false  | 19  |  false | The child is 18 or older: family foster care is for children under 18
      # rules 2 and 3: exclusions
        true  | true   | true     | false   | false | false | false  | true   | false  | 10  |  false | An infectious disease in its active period
        true  | true   | true     | false   | false | false | false  | false  | true   | 10  |  false | Serious mental illness or long-term abnormal emotional behaviour
      # rule 4: severe disability, lifted by a rehabilitation base
        true  | true   | true     | false   | false | false | true   | false  | false  | 10  |  false | Severe disability needing long-term professional treatment and care, with no rehabilitation base
        true  | true   | true     | false   |       | false | true   | false  | false  | 10  |  false | Severe disability needing long-term professional treatment and care, with no rehabilitation base
        true  | true   | true     | false   | true  | false | true   | false  | false  | 10  |  true  | Meets all five conditions and none of the exclusions
      # rules 5 to 7: conditions not met, false or missing
        false | true   | true     | false   | false | false | false  | false  | false  | 10  |  false | Not an orphan or abandoned child under civil-affairs guardianship
              | true   | true     | false   | false | false | false  | false  | false  | 10  |  false | Not an orphan or abandoned child under civil-affairs guardianship
        true  | false  | true     | false   | false | false | false  | false  | false  | 10  |  false | No emotional need for family care
        true  |        | true     | false   | false | false | false  | false  | false  | 10  |  false | No emotional need for family care
        true  | true   | false    | false   | false | false | false  | false  | false  | 10  |  false | Physical and mental condition do not suit family upbringing
        true  | true   |          | false   | false | false | false  | false  | false  | 10  |  false | Physical and mental condition do not suit family upbringing
      # rule 8: long-term medical care, lifted by a rehabilitation base
        true  | true   | true     | true    | false | false | false  | false  | false  | 10  |  false | Needs long-term medical rehabilitation or care, with no rehabilitation base
        true  | true   | true     | true    |       | false | false  | false  | false  | 10  |  false | Needs long-term medical rehabilitation or care, with no rehabilitation base
        true  | true   | true     | true    | true  | false | false  | false  | false  | 10  |  true  | Meets all five conditions and none of the exclusions
        true  | true   | true     | true    | true  | false | true   | false  | false  | 10  |  true  | Meets all five conditions and none of the exclusions
      # rule 9: suitable for adoption in the short term
        true  | true   | true     | false   | false | true  | false  | false  | false  | 10  |  false | Suitable for adoption in the short term
      # first hit wins
        true  | true   | true     | false   | false | false | false  | true   | false  | 18  |  false | The child is 18 or older: family foster care is for children under 18
              | true   | true     | false   | false | false | false  | true   | false  | 10  |  false | An infectious disease in its active period
        false | false  | false    | false   | false | false | false  | true   | true   | 10  |  false | An infectious disease in its active period
        true  | true   | true     | false   | false | false | true   | false  | true   | 10  |  false | Serious mental illness or long-term abnormal emotional behaviour
        false | true   | true     | false   | false | false | true   | false  | false  | 10  |  false | Severe disability needing long-term professional treatment and care, with no rehabilitation base
        false | true   | true     | false   | true  | false | true   | false  | false  | 10  |  false | Not an orphan or abandoned child under civil-affairs guardianship
        false | false  | false    | true    | false | true  | false  | false  | false  | 10  |  false | Not an orphan or abandoned child under civil-affairs guardianship
        true  | false  | false    | true    | false | true  | false  | false  | false  | 10  |  false | No emotional need for family care
        true  | true   | false    | true    | false | true  | false  | false  | false  | 10  |  false | Physical and mental condition do not suit family upbringing
        true  | true   | true     | true    | false | true  | false  | false  | false  | 10  |  false | Needs long-term medical rehabilitation or care, with no rehabilitation base
        true  | true   | true     | true    | true  | true  | false  | false  | false  | 10  |  false | Suitable for adoption in the short term
      # missing (null) exclusion flags never match "true"
        true  | true   | true     |         |       |       |        |        |        | 10  |  true  | Meets all five conditions and none of the exclusions
              |        |          |         |       |       |        |        |        | 10  |  false | Not an orphan or abandoned child under civil-affairs guardianship
              |        |          |         |       |       |        | true   |        |     |  false | An infectious disease in its active period
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

    assertEligibility(result, false, "An infectious disease in its active period");
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
    assertThat((Object) result.getSingleResult().getEntry(OUT_REASON)).isEqualTo("The child's age is not known");
  }
}
