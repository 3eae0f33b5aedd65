package org.careflow.app.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language of a request's answers: the person's choice (cookie {@code careflow-language}, set by
 * the pages' and webapps' language switch), else the browser's language (English when it asks for
 * English first, Chinese otherwise). A caller that names no language at all is a program, not a
 * browser: it gets English, the language of the API's documentation.
 */
public final class RequestLanguage {

  public static final String COOKIE = "careflow-language";

  private RequestLanguage() {
  }

  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      var chosen = Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst();
      if (chosen.isPresent()) {
        return supported(Locale.forLanguageTag(chosen.get().getValue()));
      }
    }
    return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : supported(request.getLocale());
  }

  /** English or Chinese: anything but English is Chinese. */
  public static Locale supported(Locale asked) {
    return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
