package org.careflow.app.pages;

import java.util.Arrays;
import java.util.List;

/**
 * A page text not yet in a language: a key of {@code i18n/pages*.properties} and its arguments,
 * put into words by {@link PageTexts} for whoever reads it (a page's reader, a mail's recipients).
 * An argument may be a date, a time or another page text; those are put into words too.
 */
public record PageText(String key, List<Object> args) {

  public static PageText of(String key, Object... args) {
    return new PageText(key, Arrays.asList(args));
  }
}
