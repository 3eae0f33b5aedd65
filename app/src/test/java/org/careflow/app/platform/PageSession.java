package org.careflow.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session against the app's pages: keeps cookies, does not follow redirects. It asks
 * for English (Accept-Language: en) unless made with another language, or none (the pages' Chinese).
 */
public class PageSession {

  public static final String ENGLISH = "en";

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"|const token = \"([0-9a-f]+)\"");

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final String language;

  public PageSession(int port) {
    this(port, ENGLISH);
  }

  /** A session whose requests ask for {@code language} (Accept-Language); null: no such header. */
  public PageSession(int port, String language) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.language = language;
  }

  /** Signs in as a demo user (password demo); fails the test if that does not work. */
  public static PageSession signedIn(int port, String user) {
    return signedIn(port, user, ENGLISH);
  }

  /** Signs in as a demo user, the session asking for {@code language} (null: for none). */
  public static PageSession signedIn(int port, String user, String language) {
    PageSession session = new PageSession(port, language);
    HttpResponse<String> response = session.post("/pages/login", Map.of("username", user, "password", Rest.PASSWORD));
    if (response.statusCode() != 302) {
      throw new AssertionError("Sign-in of " + user + " answered " + response.statusCode());
    }
    return session;
  }

  /** A page as a browser asks for it (Accept: text/html first), so that errors come as the error page, not JSON. */
  public HttpResponse<String> getAsBrowser(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Posts a form with the token the page at {@code pagePath} carries, as a browser would. */
  public HttpResponse<String> postFromPage(String pagePath, String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", tokenOf(pagePath));
    return post(path, withToken);
  }

  /** The token the page at {@code pagePath} carries, in a form or in its script. */
  public String tokenOf(String pagePath) {
    Matcher token = TOKEN.matcher(get(pagePath).body());
    if (!token.find()) {
      throw new AssertionError(pagePath + " carries no form token");
    }
    return token.group(1) != null ? token.group(1) : token.group(2);
  }

  /** Posts a form with one file, as a browser sends an upload (multipart/form-data). */
  public HttpResponse<String> postFile(String path, Map<String, String> form, String field, String fileName, String content) {
    String boundary = "careflow" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    form.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(field).append("\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n").append(content).append("\r\n")
        .append("--").append(boundary).append("--\r\n");
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
  }

  /** A page script's JSON call: with the page's token in its header, or without one (token null). */
  public HttpResponse<String> postJson(String path, String json, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("X-CareFlow-Token", token);
    }
    return send(request.build());
  }

  /**
   * A JSON call to the webapps' own engine API (/camunda/api/engine/engine/default/...), the door
   * Tasklist itself uses: the session's CSRF token fetched by a read first, then sent in its header.
   */
  public HttpResponse<String> tasklistApi(String method, String path, String json) {
    String api = "/camunda/api/engine/engine/default";
    get(api + "/task/count");
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
        .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    return send(HttpRequest.newBuilder(URI.create(base + api + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", token).method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** The language a person chose with the pages' or the webapps' switch (cookie careflow-language). */
  public PageSession choosingLanguage(String languageTag) {
    java.net.HttpCookie chosen = new java.net.HttpCookie("careflow-language", languageTag);
    chosen.setPath("/");
    chosen.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), chosen);
    return this;
  }

  private HttpResponse<String> send(HttpRequest request) {
    if (language != null) {
      request = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept-Language", language).build();
    }
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
