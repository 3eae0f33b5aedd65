package org.careflow.app.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.careflow.app.language.Phrase;
import org.careflow.app.language.Refusal;

/**
 * Input a user can correct. Thrown inside an engine command, it rolls the whole command back; on
 * the engine's REST doors {@link PlainRefusals} answers it as 400 with this message alone, in the
 * caller's language. Its own message is the English one.
 */
public class RefusedInput extends BadUserRequestException implements Refusal {

  private final transient Phrase phrase;

  public RefusedInput(String key, Object... args) {
    this(Phrase.of(key, args));
  }

  public RefusedInput(Phrase phrase) {
    super(phrase.english());
    this.phrase = phrase;
    PlainRefusals.noted(this);
  }

  @Override
  public Phrase phrase() {
    return phrase;
  }
}
