package org.careflow.app.pages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The pages' words in one language, from Spring's MessageSource ({@code i18n/pages*.properties},
 * UTF-8), with dates as {@link PageDates} writes them. Templates take their words with
 * {@code #{...}}; this is for the words that Java puts together (details, flash notices, CSV headers).
 */
public final class PageTexts {

  /** What stands for a value a record does not have. */
  public static final String NONE = "—";

  private final MessageSource messages;
  private final Locale locale;
  private final PageDates dates;

  public PageTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = PageLanguage.supported(locale);
    this.dates = PageDates.of(this.locale);
  }

  public Locale locale() {
    return locale;
  }

  public PageDates dates() {
    return dates;
  }

  /** The text of the key with its arguments filled in (dates, times and page texts put into words). */
  public String get(String key, Object... args) {
    Object[] words = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      words[i] = word(args[i]);
    }
    return messages.getMessage(key, words, locale);
  }

  public String get(PageText text) {
    return get(text.key(), text.args().toArray());
  }

  /**
   * The word for a stored code ({@code prefix + code}), or the code itself when there is none for it
   * (a value added to a form after these words were written); {@link #NONE} for no code.
   */
  public String labelOr(String prefix, String code) {
    if (code == null || code.isBlank()) {
      return NONE;
    }
    return messages.getMessage(prefix + code, null, code, locale);
  }

  private Object word(Object arg) {
    if (arg instanceof PageText text) {
      return get(text);
    } else if (arg instanceof LocalDateTime time) {
      return dates.minute(time);
    } else if (arg instanceof LocalDate date) {
      return dates.day(date);
    }
    if (arg instanceof Integer || arg instanceof Long) {
      return arg.toString(); // plain digits: a record number is no amount to group as 1,234
    }
    return arg == null ? NONE : arg;
  }
}
