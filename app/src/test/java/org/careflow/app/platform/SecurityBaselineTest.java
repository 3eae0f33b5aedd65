package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps keep CSRF protection; Java-serialized variables are refused. */
class SecurityBaselineTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void aWebappCallWithoutTheCsrfTokenIsRefusedEvenWhenLoggedIn() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());

    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=director.xiwan&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    Task task = tasks.createTaskQuery().taskCandidateGroup("director-xiwan").list().get(0);
    URI claim = URI.create(base + "/api/engine/engine/default/task/" + task.getId() + "/claim");
    String body = "{\"userId\":\"director.xiwan\"}";

    // as Tasklist does: the first read after login hands out the new session's token
    assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task/" + task.getId())).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    HttpResponse<String> genuine = browser.send(HttpRequest.newBuilder(claim).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrfToken(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(204);
    tasks.setAssignee(task.getId(), null);

    HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(claim).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    Rest admin = new Rest(http, "admin");
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("entrusted-guardianship").list().get(0).getId();

    var response = admin.put("/process-instance/" + instance + "/variables/smuggled", Map.of(
        "value", "rO0ABXQAA2Zvbw==",
        "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object")));

    assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(String.valueOf(response.getBody())).containsIgnoringCase("serializ");
    assertThat(runtime.getVariable(instance, "smuggled")).isNull();
  }

  private static String csrfToken(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }
}
