package org.careflow.app.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Puts the signed-in user into the Camunda webapp session (Authentications), as Tasklist, Cockpit
 * and Admin expect, and does the same for the app's own pages under /pages, which read the user
 * from that session too. Camunda's filter knows only the webapps' paths; /pages belongs to the
 * default engine.
 */
public class WebappSessionFromSignIn extends ContainerBasedAuthenticationFilter {

  static final String PAGES = "/pages/";

  @Override
  protected String extractEngineName(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(PAGES)) {
      return ProcessEngines.NAME_DEFAULT;
    }
    return super.extractEngineName(request);
  }
}
