package org.careflow.app.mail;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageDates;
import org.careflow.app.pages.PageUser;
import org.careflow.contract.Jurisdiction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** /pages/mails: every mail the embedded default has sent, for its administrators. */
@Controller
@CareFlowPage
@ConditionalOnProperty(name = MailCatcherConfiguration.ENABLED, havingValue = "true")
class MailCatcherPage {

  /** A mail as the page lists it: the time in the server's zone, as the reader's language writes it. */
  record Row(String time, String from, String recipients, String subject, String body) {
  }

  private final MailCatcher catcher;

  MailCatcherPage(MailCatcher catcher) {
    this.catcher = catcher;
  }

  @GetMapping("/pages/mails")
  String page(@ModelAttribute("currentUser") PageUser user, Model model, Locale locale) {
    if (!user.inGroup(Jurisdiction.ROLE_ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators read the platform's mails");
    }
    PageDates dates = PageDates.of(locale);
    model.addAttribute("mails", catcher.mails().stream().map(mail -> new Row(
        dates.second(LocalDateTime.ofInstant(mail.receivedAt(), ZoneId.systemDefault())), mail.from(),
        String.join(", ", mail.recipients()),
        mail.subject(), mail.body())).toList());
    model.addAttribute("port", catcher.port());
    return "pages/mails";
  }
}
