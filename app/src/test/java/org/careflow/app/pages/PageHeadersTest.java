package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages and the app's API send the headers Tasklist sends, and the session cookie is SameSite. */
class PageHeadersTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void aChildsRecordPageCannotBeFramedSniffedCachedOrRunAnotherSitesScript() {
    long chenYue = jdbc.queryForObject("select id from careflow.child where full_name = '陈悦'", Long.class);
    HttpResponse<String> page = PageSession.signedIn(port, "director.xiwan").get("/pages/children/" + chenYue);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("陈悦");
    assertProtected(page.headers());
  }

  @Test
  void theSignInRedirectAndTheApiCarryThemToo() {
    assertProtected(new PageSession(port).get("/pages/dashboard").headers());
    ResponseEntity<String> api = new Rest(http, "director.xiwan").as().getForEntity("/api/children?q={q}", String.class, "陈");
    assertThat(api.getStatusCode().value()).isEqualTo(200);
    assertThat(api.getBody()).contains("陈悦");
    HttpHeaders headers = HttpHeaders.of(api.getHeaders(), (name, value) -> true);
    assertProtected(headers);
  }

  @Test
  void tasklistFramesNoneToo() {
    HttpResponse<String> tasklist = new PageSession(port).get("/camunda/app/tasklist/default/");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void theSessionCookieOfTheSignInIsSameSiteLaxAndHttpOnly() {
    HttpResponse<String> signIn = new PageSession(port).post("/pages/login", Map.of("username", "director.xiwan", "password", Rest.PASSWORD));

    assertThat(signIn.statusCode()).isEqualTo(302);
    List<String> sessionCookies = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertThat(sessionCookies).hasSize(1);
    String cookie = sessionCookies.get(0);
    assertThat(cookie).containsIgnoringCase("HttpOnly");
    assertThat(Pattern.compile("SameSite=Lax", Pattern.CASE_INSENSITIVE).matcher(cookie).results().count())
        .as(cookie).isEqualTo(1);
  }

  /** The policy allows scripts from the app's files only: an inline script or handler in a page would not run. */
  @Test
  void noPageTemplateHasAnInlineScriptOrEventHandler() throws IOException {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/pages"))) {
      List<Path> all = templates.filter(p -> p.toString().endsWith(".html")).toList();
      assertThat(all).hasSizeGreaterThan(10);
      for (Path template : all) {
        String html = Files.readString(template);
        assertThat(inlineScript.matcher(html).find()).as(template + " has an inline script").isFalse();
        assertThat(handler.matcher(html).find()).as(template + " has an inline event handler").isFalse();
      }
    }
  }

  private static void assertProtected(HttpHeaders headers) {
    String policy = headers.firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'", "default-src 'self'");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
  }
}
