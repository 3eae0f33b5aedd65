package org.careflow.app.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence the platform says to a person, by key, rendered in their language from the bundle
 * {@code i18n/refusals} (English in the base file, Chinese in {@code _zh_CN}). {@code {0}}, {@code {1}}
 * … take the arguments as they are (no number or date formatting, no quoting rules); an argument that
 * is itself a phrase, or a {@link Joined} list of them, is rendered in the same language.
 *
 * <p>The pages' words are {@code PageText}s through Spring's MessageSource. Refusals are not: they
 * are thrown inside engine commands, listeners and model checks, where no MessageSource is at hand,
 * and their English is needed at once, as the exception's message for logs and API clients.
 */
public record Phrase(String key, List<Object> args) {

  static final String BUNDLE = "i18n/refusals";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, Arrays.asList(args));
  }

  public String in(Locale locale) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK).getString(key);
    // one pass, so that an argument's own text (a name typed as "{1}") is never read as a placeholder
    return PLACEHOLDER.matcher(pattern).replaceAll(found ->
        Matcher.quoteReplacement(render(args.get(Integer.parseInt(found.group(1))), locale)));
  }

  /** Items said one after another, parted by the phrase {@code separatorKey} (", " is "、" in Chinese). */
  public record Joined(String separatorKey, List<?> items) {
  }

  public static Joined joined(String separatorKey, List<?> items) {
    return new Joined(separatorKey, items);
  }

  private static String render(Object arg, Locale locale) {
    if (arg instanceof Phrase phrase) {
      return phrase.in(locale);
    }
    if (arg instanceof Joined joined) {
      String separator = of(joined.separatorKey()).in(locale);
      return String.join(separator, joined.items().stream().map(item -> render(item, locale)).toList());
    }
    return String.valueOf(arg);
  }

  public String english() {
    return in(Locale.ENGLISH);
  }
}
