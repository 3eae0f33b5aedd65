package org.careflow.app.engine;

import org.careflow.app.language.Phrase;

/**
 * What a person may type into a name or a note: letters, digits, punctuation and spaces, and line
 * breaks in notes. Never NUL or other control characters, which break exports and logs, nor the
 * invisible bidirectional controls (U+202E and its kind) that make a name read differently on
 * screen than it is stored.
 */
public final class PlainText {

  private PlainText() {
  }

  /** Refuses a one-line text (a name, a phone number) that holds anything but plain characters. */
  public static void refuseUnsafeLine(Object field, String value) {
    refuse(field, value, false);
  }

  /** Refuses a note that holds anything but plain characters, tabs and line breaks. */
  public static void refuseUnsafeNote(Object field, String value) {
    refuse(field, value, true);
  }

  private static void refuse(Object field, String value, boolean lineBreaks) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      Phrase problem = problemWith(c, lineBreaks);
      if (problem == null && Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        problem = paired ? null : Phrase.of("refusal.text.problem.broken");
        i += paired ? 1 : 0;
      }
      if (problem != null) {
        throw new RefusedInput("refusal.text.unsafe", field, problem, i + 1);
      }
    }
  }

  private static Phrase problemWith(char c, boolean lineBreaks) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return lineBreaks ? null : Phrase.of("refusal.text.problem.line-break");
    }
    if (Character.getType(c) == Character.CONTROL) {
      return Phrase.of("refusal.text.problem.control", String.format("%04X", (int) c));
    }
    boolean bidiControl = c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
    return bidiControl ? Phrase.of("refusal.text.problem.direction-mark", String.format("%04X", (int) c)) : null;
  }
}
