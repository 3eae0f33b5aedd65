package org.careflow.app.language;

import java.util.Locale;

/** A refusal a person reads: its message in English (logs, API clients) and in their language. */
public interface Refusal {

  Phrase phrase();

  default String message(Locale locale) {
    return phrase().in(locale);
  }

  /** A refusal's message in the language; any other exception's message as it was given. */
  static String messageOf(Throwable thrown, Locale locale) {
    return thrown instanceof Refusal refusal ? refusal.message(locale) : thrown.getMessage();
  }
}
