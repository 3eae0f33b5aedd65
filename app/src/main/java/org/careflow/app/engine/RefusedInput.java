package org.careflow.app.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct. Thrown inside an engine command, it rolls the whole command back; on
 * the engine's REST doors {@link PlainRefusals} answers it as 400 with this message alone.
 */
public class RefusedInput extends BadUserRequestException {

  public RefusedInput(String message) {
    super(message);
    PlainRefusals.noted(this);
  }
}
