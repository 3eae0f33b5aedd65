package org.careflow.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The pages share the HTTP session of Camunda's webapps: signing in here signs in to Tasklist and
 * the other way round. The session also carries the token every page form must send back.
 */
public final class PageSession {

  static final String CSRF_ATTRIBUTE = "careflow.pages.csrf";
  public static final String CSRF_PARAMETER = "_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageSession() {
  }

  /** The signed-in user's id, or null. */
  static String signedInUser(HttpSession session, ProcessEngine engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication == null ? null : authentication.getIdentityId();
  }

  /** Starts a fresh session for the user (never reusing the one from before sign-in). */
  static void signIn(HttpServletRequest request, ProcessEngine engine, String userId) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    UserAuthentication user = AuthenticationUtil.createAuthentication(engine, userId);
    if (user == null) {
      throw new IllegalStateException("No such user: " + userId);
    }
    Authentications authentications = new Authentications();
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(request.getSession(true), authentications);
  }

  static List<String> currentGroups(ProcessEngine engine, String userId) {
    return AuthenticationUtil.getGroupsOfUser(engine, userId);
  }

  public static String csrfToken(HttpSession session) {
    Object token = session.getAttribute(CSRF_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      session.setAttribute(CSRF_ATTRIBUTE, token);
    }
    return (String) token;
  }
}
