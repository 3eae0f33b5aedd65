package org.careflow.app.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/** Input a user can correct. Thrown inside an engine command, it rolls the whole command back. */
public class RefusedInput extends BadUserRequestException {

  public RefusedInput(String message) {
    super(message);
  }
}
