package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.Decisions.*;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proposed assistance measures (hit policy COLLECT): one row per measure. */
class AssistanceMeasuresTest {

  static final List<String> ALL_INPUTS = List.of(IN_IS_ORPHAN, IN_HAS_DISABILITY, IN_OUT_OF_SCHOOL,
      IN_NO_HOUSEHOLD_REGISTRATION, IN_PSYCHOLOGICAL_DISTRESS, IN_GUARDIANSHIP_DEFICIENT, IN_NEEDS_COMMUNITY_SUPPORT);

  static final DmnEngine dmnEngine = DmnTables.ENGINE;
  static final DmnDecision decision = DmnTables.parse("assistance-measures.dmn", ASSISTANCE_MEASURES);

  /** All inputs false except the given ones. */
  static DmnDecisionTableResult evaluateWith(String... trueInputs) {
    VariableMap variables = Variables.createVariables();
    for (String input : ALL_INPUTS) {
      variables.putValue(input, false);
    }
    for (String input : trueInputs) {
      variables.putValue(input, true);
    }
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  static List<String> measures(DmnDecisionTableResult result) {
    return result.collectEntries(OUT_MEASURE);
  }

  @Test
  void decisionHasTheContractKeyAndName() {
    assertThat(DmnTables.keysIn("assistance-measures.dmn")).as("the decisions the file declares").contains(ASSISTANCE_MEASURES);
    assertThat(DmnTables.inputsOf(decision)).as("the input names the contract publishes").containsExactlyInAnyOrder(IN_GUARDIANSHIP_DEFICIENT, IN_HAS_DISABILITY, IN_IS_ORPHAN, IN_NEEDS_COMMUNITY_SUPPORT, IN_NO_HOUSEHOLD_REGISTRATION, IN_OUT_OF_SCHOOL, IN_PSYCHOLOGICAL_DISTRESS);
    assertThat(decision.getName()).isEqualTo("Proposed assistance measures");
  }

  @Test
  void noFlagProposesNoMeasure() {
    assertThat(evaluateWith()).isEmpty();
  }

  @Test
  void missingFlagsProposeNoMeasure() {
    VariableMap variables = Variables.createVariables();
    for (String input : ALL_INPUTS) {
      variables.putValue(input, null);
    }

    assertThat(dmnEngine.evaluateDecisionTable(decision, variables)).isEmpty();
  }

  static Stream<Arguments> singleFlags() {
    return Stream.of(
        Arguments.of(IN_IS_ORPHAN, "ORPHAN_ALLOWANCE"),
        Arguments.of(IN_HAS_DISABILITY, "DISABILITY_SUBSIDY"),
        Arguments.of(IN_OUT_OF_SCHOOL, "RETURN_TO_SCHOOL"),
        Arguments.of(IN_NO_HOUSEHOLD_REGISTRATION, "HOUSEHOLD_REGISTRATION"),
        Arguments.of(IN_PSYCHOLOGICAL_DISTRESS, "PSYCHOLOGICAL_CARE"),
        Arguments.of(IN_GUARDIANSHIP_DEFICIENT, "GUARDIANSHIP_GUIDANCE"),
        Arguments.of(IN_NEEDS_COMMUNITY_SUPPORT, "SOCIAL_ORGANISATION_REFERRAL"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("singleFlags")
  void eachFlagProposesItsOwnMeasure(String input, String measure) {
    DmnDecisionTableResult result = evaluateWith(input);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().keySet()).containsExactly(OUT_MEASURE);
    assertThat(measures(result)).containsExactly(measure);
  }

  @Test
  void severalFlagsProposeAllTheirMeasures() {
    DmnDecisionTableResult result = evaluateWith(IN_IS_ORPHAN, IN_OUT_OF_SCHOOL, IN_PSYCHOLOGICAL_DISTRESS);

    assertThat(measures(result)).containsExactlyInAnyOrder("ORPHAN_ALLOWANCE", "RETURN_TO_SCHOOL", "PSYCHOLOGICAL_CARE");
  }

  @Test
  void allFlagsProposeEveryMeasureOnceInTableOrder() {
    DmnDecisionTableResult result = evaluateWith(ALL_INPUTS.toArray(String[]::new));

    assertThat(measures(result)).containsExactly("ORPHAN_ALLOWANCE", "DISABILITY_SUBSIDY", "RETURN_TO_SCHOOL",
        "HOUSEHOLD_REGISTRATION", "PSYCHOLOGICAL_CARE", "GUARDIANSHIP_GUIDANCE", "SOCIAL_ORGANISATION_REFERRAL");
  }
}
