package org.careflow.app.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where each role's pages are. */
@Controller
@CareFlowPage
class HomePageController {

  @GetMapping({"/pages", "/pages/"})
  String home() {
    return "pages/home";
  }
}
