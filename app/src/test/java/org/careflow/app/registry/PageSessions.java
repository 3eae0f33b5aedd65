package org.careflow.app.registry;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.careflow.app.platform.PageSession;

/** The app's pages as several signed-in demo users see them: one session per user. */
class PageSessions {

  private final int port;
  private final Map<String, PageSession> sessions = new HashMap<>();

  PageSessions(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String user, String path) {
    return session(user).get(path);
  }

  /** Posts a form with the session's token, as the page's own form does. */
  HttpResponse<String> post(String user, String path, Map<String, String> fields) {
    return session(user).postFromPage("/pages", path, fields);
  }

  private PageSession session(String user) {
    return sessions.computeIfAbsent(user, u -> PageSession.signedIn(port, u));
  }
}
