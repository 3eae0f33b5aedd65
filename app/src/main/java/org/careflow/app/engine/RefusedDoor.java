package org.careflow.app.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.careflow.app.language.Phrase;
import org.careflow.app.language.Refusal;

/** A door the platform keeps shut for this caller (403), with the reason in the caller's language. */
public class RefusedDoor extends AuthorizationException implements Refusal {

  private final transient Phrase phrase;

  public RefusedDoor(String key, Object... args) {
    super(Phrase.of(key, args).english());
    this.phrase = Phrase.of(key, args);
    PlainRefusals.noted(this);
  }

  @Override
  public Phrase phrase() {
    return phrase;
  }
}
