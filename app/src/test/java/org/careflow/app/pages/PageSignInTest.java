package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages' sign-in: shared with Tasklist, refused without the right password, token-checked posts. */
class PageSignInTest extends PlatformTest {

  @LocalServerPort int port;

  @Test
  void aPageWithoutSignInSendsToTheSignInPage() {
    HttpResponse<String> response = new PageSession(port).get("/pages/dashboard");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/pages/login?next=%2Fpages%2Fdashboard");
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
    PageSession session = new PageSession(port);
    HttpResponse<String> response = session.post("/pages/login", Map.of("username", "assessor.xu", "password", "wrong"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Wrong user name or password.");
    assertThat(session.get("/pages").statusCode()).isEqualTo(302);
  }

  @Test
  void signingInToThePagesSignsInToTasklistToo() {
    PageSession session = PageSession.signedIn(port, "director.lianhua");

    assertThat(session.get("/pages").body()).contains("director.lianhua");
    HttpResponse<String> tasklistUser = session.get("/camunda/api/admin/auth/user/default");
    assertThat(tasklistUser.statusCode()).isEqualTo(200);
    assertThat(tasklistUser.body()).contains("\"userId\":\"director.lianhua\"");
  }

  @Test
  void theSignInPageOnlySendsOnToTheAppsOwnPages() {
    PageSession session = new PageSession(port);
    HttpResponse<String> response = session.post("/pages/login",
        Map.of("username", "director.yangliu", "password", "demo", "next", "https://elsewhere.example.org/"));

    assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/pages");
  }

  @Test
  void aPostWithoutTheFormTokenIsRefusedAndSigningOutEndsTheSession() {
    PageSession session = PageSession.signedIn(port, "supervisor.hetang");

    assertThat(session.post("/pages/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(session.get("/pages").statusCode()).isEqualTo(200);

    HttpResponse<String> signOut = session.postFromPage("/pages", "/pages/logout", Map.of());
    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(session.get("/pages").statusCode()).isEqualTo(302);
    assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 403, 404);
  }
}
