package org.careflow.app.pages;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, and the token its forms send back. */
@ControllerAdvice(annotations = CareFlowPage.class)
class PageModel {

  private final IdentityService identity;

  PageModel(IdentityService identity) {
    this.identity = identity;
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
