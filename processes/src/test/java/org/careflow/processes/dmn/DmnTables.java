package org.careflow.processes.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.FosterCare.OUT_ELIGIBLE;
import static org.careflow.contract.FosterCare.OUT_REASON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The standalone DMN engine the table tests share, and what they assert alike. */
final class DmnTables {

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private DmnTables() {
  }

  /** Parses one decision of a model in {@code processes/src/main/resources/dmn}. */
  static DmnDecision parse(String modelFile, String decisionKey) {
    try (InputStream dmn = DmnTables.class.getResourceAsStream("/dmn/" + modelFile)) {
      return ENGINE.parseDecision(decisionKey, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of every decision the model file declares, read from the file, not from the parse by key. */
  static java.util.List<String> keysIn(String modelFile) {
    try (InputStream dmn = DmnTables.class.getResourceAsStream("/dmn/" + modelFile)) {
      return ENGINE.parseDecisions(dmn).stream().map(DmnDecision::getKey).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input expressions of a decision table: the names the callers must pass. */
  static java.util.List<String> inputsOf(DmnDecision decision) {
    return ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic()).getInputs().stream()
        .map(input -> input.getExpression().getExpression()).toList();
  }

  /** An eligibility table's single answer: eligible or not, with the reason shown to the caseworker. */
  static void assertEligibility(DmnDecisionTableResult result, boolean eligible, String reason) {
    assertThat(result).hasSize(1);
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat(row.keySet()).containsExactlyInAnyOrder(OUT_ELIGIBLE, OUT_REASON);
    assertThat((Object) row.getEntry(OUT_ELIGIBLE)).isEqualTo(eligible);
    assertThat((Object) row.getEntry(OUT_REASON)).isEqualTo(reason);
  }
}
