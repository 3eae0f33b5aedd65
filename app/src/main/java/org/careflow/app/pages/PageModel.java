package org.careflow.app.pages;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, and the token its forms send back. */
@ControllerAdvice(annotations = CareFlowPage.class)
class PageModel {

  private final IdentityService identity;
  private final String signOutPath;

  /** With Keycloak, signing out goes through Keycloak ({@code /logout}), so its session ends too. */
  PageModel(IdentityService identity, @Value("${careflow.pages.sign-out-path:/pages/logout}") String signOutPath) {
    this.identity = identity;
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
}
