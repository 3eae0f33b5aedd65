package org.careflow.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the token its forms send back, the words and
 * dates of the reader's language, and the link that shows the same page in the other language.
 */
@ControllerAdvice(annotations = CareFlowPage.class)
class PageModel {

  private final IdentityService identity;
  private final MessageSource messages;
  private final String signOutPath;

  /** With Keycloak, signing out goes through Keycloak ({@code /logout}), so its session ends too. */
  PageModel(IdentityService identity, MessageSource messages,
      @Value("${careflow.pages.sign-out-path:/pages/logout}") String signOutPath) {
    this.identity = identity;
    this.messages = messages;
    this.signOutPath = signOutPath;
  }

  @ModelAttribute("signOutPath")
  String signOutPath() {
    return signOutPath;
  }

  @ModelAttribute("currentUser")
  PageUser currentUser() {
    return PageUser.current(identity);
  }

  @ModelAttribute("csrfToken")
  String csrfToken(HttpSession session) {
    return PageSession.csrfToken(session);
  }

  @ModelAttribute("texts")
  PageTexts texts(Locale locale) {
    return new PageTexts(messages, locale);
  }

  @ModelAttribute("dates")
  PageDates dates(Locale locale) {
    return PageDates.of(locale);
  }

  @ModelAttribute("languageSwitch")
  String languageSwitch(HttpServletRequest request, Locale locale) {
    return PageLanguage.switchLink(request, locale);
  }
}
