package org.careflow.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.careflow.app.language.RequestLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages' language: Chinese unless the user chose English. A choice is kept in the cookie
 * {@code careflow-language} ({@code zh} or {@code en}), which a page's {@code ?lang=en} link and the
 * webapps' language switch set; without one, a browser asking for English first gets English.
 */
@Configuration
class PageLanguage implements WebMvcConfigurer {

  static final String PARAMETER = "lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(RequestLanguage.COOKIE) {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
      }
    };
    resolver.setCookieHttpOnly(false);
    resolver.setCookiePath("/");
    // without an Accept-Language header the servlet answers the server's locale: Chinese instead
    resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
        ? Locale.SIMPLIFIED_CHINESE : supported(request.getLocale()));
    resolver.setRejectInvalidCookies(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/pages/**");
  }

  /** The page asked for, with its query, in the other language: {@code ?lang=en} from Chinese, {@code ?lang=zh} from English. */
  static String switchLink(HttpServletRequest request, Locale current) {
    String other = supported(current).equals(Locale.ENGLISH) ? "zh" : "en";
    // the path and query as the browser sent them, already encoded
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
        .replaceQueryParam(PARAMETER, other).build().toUriString();
  }

  /** English or Chinese: anything but English is Chinese (the same rule as the API's refusals). */
  static Locale supported(Locale asked) {
    return RequestLanguage.supported(asked);
  }
}
