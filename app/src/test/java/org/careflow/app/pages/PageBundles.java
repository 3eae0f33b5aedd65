package org.careflow.app.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The pages' texts as the app reads them (spring.messages.*), for tests that run without the app. */
public final class PageBundles {

  private PageBundles() {
  }

  public static MessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/mywork", "i18n/pages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  public static PageTexts english() {
    return new PageTexts(messages(), Locale.ENGLISH);
  }

  public static PageTexts chinese() {
    return new PageTexts(messages(), Locale.SIMPLIFIED_CHINESE);
  }
}
