package org.careflow.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in and sign-out for the pages; the session is the one Tasklist uses too. */
@Controller
class SignInController {

  private final ProcessEngine engine;
  private final MessageSource messages;

  SignInController(ProcessEngine engine, MessageSource messages) {
    this.engine = engine;
    this.messages = messages;
  }

  @GetMapping(PageAccessFilter.LOGIN_PATH)
  String form(@RequestParam(defaultValue = "/pages") String next, HttpServletRequest request, Model model) {
    if (PageSession.signedInUser(request.getSession(false), engine) != null) {
      return "redirect:" + safeNext(next);
    }
    model.addAttribute("next", safeNext(next));
    return "pages/login";
  }

  @PostMapping(PageAccessFilter.LOGIN_PATH)
  String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "/pages") String next, HttpServletRequest request, Model model, Locale locale) {
    if (username.isBlank() || !engine.getIdentityService().checkPassword(username, password)) {
      model.addAttribute("next", safeNext(next));
      model.addAttribute("error", new PageTexts(messages, locale).get("login.error"));
      model.addAttribute("username", username);
      return "pages/login";
    }
    PageSession.signIn(request, engine, username);
    return "redirect:" + safeNext(next);
  }

  @PostMapping("/pages/logout")
  String signOut(HttpSession session) {
    session.invalidate();
    return "redirect:" + PageAccessFilter.LOGIN_PATH + "?signedOut";
  }

  /** Only a page of the app's own, as a plain path: anything else (other hosts, dot segments, odd characters) leads home. */
  private static String safeNext(String next) {
    return next.matches("/pages(/[A-Za-z0-9_\\-]+)*/?(\\?[A-Za-z0-9_=&%.\\-]*)?") ? next : "/pages";
  }
}
