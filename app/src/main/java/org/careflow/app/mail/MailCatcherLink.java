package org.careflow.app.mail;

import org.careflow.app.pages.CareFlowPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages that the mail catcher is on, so that the administrator's home page links to it. */
@ControllerAdvice(annotations = CareFlowPage.class)
@ConditionalOnProperty(name = MailCatcherConfiguration.ENABLED, havingValue = "true")
class MailCatcherLink {

  @ModelAttribute("mailCatcherOn")
  boolean mailCatcherOn() {
    return true;
  }
}
