package org.careflow.app.engine;

import org.careflow.app.language.Phrase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The rules a Camunda Form gives its fields, checked on the server as Tasklist checks them in the
 * browser, so that a value sent straight to the REST API meets them too: its type, its length, its
 * pattern, its bounds, a select's fixed values, and plain text only. A text field the form gives no
 * length gets a default one, so that no door stores an endless text.
 */
final class FormInput {

  static final int DEFAULT_LINE_LENGTH = 200;
  static final int DEFAULT_NOTE_LENGTH = 4000;

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private FormInput() {
  }

  /** Refuses a value the field's rules do not allow; an empty value is for the required check to judge. */
  static void check(FormRequirements.Field field, Object submitted) {
    Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
    if (value == null || (value instanceof String text && text.isEmpty())) {
      return;
    }
    String name = "'" + field.label() + "' (" + field.key() + ")";
    switch (field.type()) {
      case "checkbox" -> require(value instanceof Boolean, "refusal.form.checkbox", name);
      case "number" -> checkNumber(field, name, value);
      case "datetime" -> checkDate(field, name, value);
      case "select", "radio" -> require(field.options().isEmpty() || field.options().contains(String.valueOf(value)),
          "refusal.form.one-of", name, Phrase.joined("refusal.list.comma", field.options()));
      case "textarea" -> checkText(field, name, value, true);
      default -> checkText(field, name, value, false);
    }
  }

  private static void checkText(FormRequirements.Field field, String name, Object value, boolean note) {
    require(value instanceof String, "refusal.form.text", name);
    String text = (String) value;
    if (note) {
      PlainText.refuseUnsafeNote(name, text);
    } else {
      PlainText.refuseUnsafeLine(name, text);
    }
    int maxLength = field.maxLength() != null ? field.maxLength() : note ? DEFAULT_NOTE_LENGTH : DEFAULT_LINE_LENGTH;
    require(text.length() <= maxLength, "refusal.text.at-most-chars", name, maxLength, text.length());
    if (field.minLength() != null) {
      require(text.length() >= field.minLength(), "refusal.form.at-least-chars", name, field.minLength());
    }
    if (field.pattern() != null) {
      require(pattern(field.pattern()).matcher(text).find(), "refusal.form.pattern", name);
    }
  }

  private static void checkNumber(FormRequirements.Field field, String name, Object value) {
    require(value instanceof Number, "refusal.form.number", name);
    double number = ((Number) value).doubleValue();
    require(Double.isFinite(number), "refusal.form.number", name);
    if (field.min() != null) {
      require(number >= field.min(), "refusal.form.min", name, plain(field.min()));
    }
    if (field.max() != null) {
      require(number <= field.max(), "refusal.form.max", name, plain(field.max()));
    }
  }

  private static void checkDate(FormRequirements.Field field, String name, Object value) {
    require(value instanceof String, "refusal.form.date", name);
    String text = (String) value;
    LocalDate day;
    try {
      if (text.length() == 10) {
        day = LocalDate.parse(text);
      } else if (text.length() <= 19) {
        day = LocalDateTime.parse(text).toLocalDate();
      } else {
        day = OffsetDateTime.parse(text).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new RefusedInput("refusal.form.not-a-date", name);
    }
    if (field.notAfterToday()) {
      require(!day.isAfter(LocalDate.now()), "refusal.form.not-after-today", name, day);
    }
  }

  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(regex, r -> {
      try {
        return Pattern.compile(r);
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("The form's pattern " + r + " is no Java pattern", e);
      }
    });
  }

  private static String plain(Double number) {
    return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
  }

  private static void require(boolean allowed, String refusalKey, Object... args) {
    if (!allowed) {
      throw new RefusedInput(refusalKey, args);
    }
  }
}
