package org.careflow.app.migration;

import org.careflow.app.pages.CareFlowPage;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The analysts' migration page, among the app's pages: it works with whatever sign-in the pages
 * have (the engine's users, or Keycloak), and its calls carry the page's form token.
 */
@Controller
@CareFlowPage
class MigrationPage {

  static final String PATH = "/pages/migrations";

  @GetMapping(PATH)
  String page() {
    return "pages/migrations";
  }

  /** Where the page used to be (outside the pages, so not a method of this controller). */
  @Configuration
  static class FormerAddress implements WebMvcConfigurer {
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
      registry.addRedirectViewController("/analyst/migrations.html", PATH);
    }
  }
}
