package org.careflow.app.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page but the sign-in page needs a signed-in user. For the request, the engine knows the
 * user with their groups as they are now (so a person taken out of a group loses the pages at once,
 * not when the session ends), and so authorizations apply to what a page reads. Every form post
 * must carry the session's token.
 */
class PageAccessFilter extends OncePerRequestFilter {

  static final String LOGIN_PATH = "/pages/login";

  private final ProcessEngine engine;

  PageAccessFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(LOGIN_PATH)) {
      chain.doFilter(request, response);
      return;
    }
    String userId = PageSession.signedInUser(request.getSession(false), engine);
    if (userId == null || engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
      String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      return;
    }
    if ("POST".equals(request.getMethod()) && !carriesSessionToken(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "This form has expired; open the page again.");
      return;
    }
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, PageSession.currentGroups(engine, userId));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean carriesSessionToken(HttpServletRequest request) {
    String sent = request.getParameter(PageSession.CSRF_PARAMETER);
    if (sent == null) {
      sent = request.getHeader("X-CareFlow-Token");
    }
    String expected = PageSession.csrfToken(request.getSession());
    return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
