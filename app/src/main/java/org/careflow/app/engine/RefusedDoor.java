package org.careflow.app.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.careflow.app.language.Phrase;
import org.careflow.app.language.Refusal;

/** A door the platform keeps shut for this caller (403), with the reason in the caller's language. */
public class RefusedDoor extends AuthorizationException implements Refusal {

  private final transient Phrase phrase;

  public RefusedDoor(String key, Object... args) {
    this(Phrase.of(key, args));
  }

  private RefusedDoor(Phrase phrase) {
    super(phrase.english());
    this.phrase = phrase;
    PlainRefusals.noted(this);
  }

  @Override
  public Phrase phrase() {
    return phrase;
  }
}
