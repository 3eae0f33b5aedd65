package org.careflow.app.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The app's pages as a signed-in demo user sees them: one session per user, redirects not followed. */
class PageSessions {

  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final Map<String, String> sessions = new HashMap<>();

  PageSessions(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String user, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session(user)).GET().build());
  }

  /** Posts a form with the session's token, as the page's own form does. */
  HttpResponse<String> post(String user, String path, Map<String, String> fields) {
    String token = token(get(user, "/pages").body());
    Map<String, String> all = new HashMap<>(fields);
    all.put("_csrf", token);
    return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session(user))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(all))).build());
  }

  private String session(String user) {
    return sessions.computeIfAbsent(user, u -> {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/pages/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", u, "password", "demo", "next", "/pages")))).build());
      String cookie = response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
          .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError(u + " could not sign in: " + response.statusCode()));
      return cookie;
    });
  }

  private static String token(String page) {
    Matcher matcher = TOKEN.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("no form token on the page");
    }
    return matcher.group(1);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
