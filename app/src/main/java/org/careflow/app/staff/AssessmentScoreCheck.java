package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careflow.app.engine.RefusedInput;
import org.careflow.contract.DelegateBeans;
import org.springframework.stereotype.Component;

/** A training assessment's score is a whole number from 0 to 100; anything else refuses the completion. */
@Component(DelegateBeans.ASSESSMENT_SCORE_CHECK)
class AssessmentScoreCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(VAR_ASSESSMENT_SCORE);
    long score = wholeNumber(value);
    if (score < 0 || score > MAX_SCORE) {
      throw new RefusedInput("refusal.assessment.range", MAX_SCORE, score);
    }
    task.setVariable(VAR_ASSESSMENT_SCORE, score);
  }

  private static long wholeNumber(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new RefusedInput("refusal.assessment.needs", VAR_ASSESSMENT_SCORE);
    }
    try {
      return new BigDecimal(value.toString().trim()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RefusedInput("refusal.assessment.whole", MAX_SCORE, value);
    }
  }
}
