package org.careflow.app.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.access.TaskFilters;
import org.careflow.app.platform.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile keycloak against a real Keycloak 26 (the distribution from Maven Central, started by the
 * test) with the realm export from docker/keycloak, on PostgreSQL, with the demo county: sign-in
 * to Tasklist through Keycloak in a real browser, logout, bearer tokens on /engine-rest and /api
 * with the jurisdiction that Keycloak's groups give, the workers' client-credentials token, refused
 * tokens, and Keycloak going down. The last test stops Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "careflow.demo.enabled=true",
    "careflow.workers.retry-backoff-millis=300",
    "careflow.workers.async-response-timeout-millis=1000",
    "camunda.bpm.job-execution.enabled=true",
    "spring.datasource.hikari.connection-timeout=2000",
    "careflow.keycloak.client-secret=careflow-app-secret",
    "careflow.keycloak.identity.client-secret=careflow-identity-secret",
    "careflow.workers.client-secret=careflow-workers-secret",
    "careflow.registry.id-number-key=AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=",
    // a token is expired when its time is up, so the expired-token check needs no long wait
    "careflow.keycloak.clock-skew=0s"
})
@ActiveProfiles({"postgres", "keycloak"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIntegrationTest {

  private static final Path REALM_EXPORT = Path.of("../docker/keycloak/careflow-realm.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFUSAL = "{\"type\":\"Unauthorized\",\"message\":\"A valid bearer token is required\"}";

  private static final int APP_PORT = freePort();
  private static final int SMTP_PORT = freePort();
  private static EmbeddedPostgres postgres;
  private static GreenMail mail;
  private static KeycloakServer keycloak;
  private static Tokens tokens;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  /** One browser for the class: Chromium takes seconds to start. */
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void startInfrastructure() throws IOException {
    // Keycloak starts while PostgreSQL and the app do; the app needs it only once it is ready (see AwaitKeycloak)
    keycloak = KeycloakServer.launch(REALM_EXPORT, freePort(), freePort(), KeycloakIntegrationTest::forThisTest);
    tokens = new Tokens(keycloak);
    // not stopped here: the Spring context closes after this class and must not lose its database first
    postgres = EmbeddedPostgres.builder().start();
    mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  /** The demo cases (after start-up) are driven by the workers, who need a token: wait for Keycloak first. */
  @TestConfiguration
  static class AwaitKeycloak {
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
    void awaitKeycloak() {
      keycloak.awaitReady();
      System.out.println("Keycloak ready " + keycloak.startup().toSeconds() + " s after its start, at " + keycloak.url());
    }
  }

  @AfterAll
  static void stopInfrastructure() {
    if (browser != null) {
      browser.quit();
    }
    if (keycloak != null) {
      keycloak.stop();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> APP_PORT);
    registry.add("careflow.keycloak.url", () -> keycloak.url());
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  /**
   * The realm export as shipped, with what only this test needs: the app on a free port, the
   * password grant on careflow-app (to get users' tokens without a browser), and a client whose
   * tokens live one second.
   */
  private static void forThisTest(ObjectNode realm) {
    String app = "http://localhost:" + APP_PORT;
    for (JsonNode node : realm.withArray("clients")) {
      ObjectNode client = (ObjectNode) node;
      if (client.path("clientId").asText().equals("careflow-app")) {
        client.put("rootUrl", app);
        client.set("redirectUris", JSON.createArrayNode().add(app + "/login/oauth2/code/keycloak"));
        client.with("attributes").put("post.logout.redirect.uris", app + "/camunda/app/");
        client.put("directAccessGrantsEnabled", true);
      }
    }
    ObjectNode shortLived = JSON.createObjectNode()
        .put("clientId", "short-lived").put("enabled", true).put("publicClient", false)
        .put("secret", "short-lived-secret").put("serviceAccountsEnabled", true).put("standardFlowEnabled", false);
    shortLived.with("attributes").put("access.token.lifespan", "1");
    shortLived.set("protocolMappers", realm.withArray("clients").get(1).path("protocolMappers").deepCopy());
    realm.withArray("clients").add(shortLived);
    ObjectNode serviceAccount = JSON.createObjectNode()
        .put("username", "service-account-short-lived").put("enabled", true).put("serviceAccountClientId", "short-lived");
    realm.withArray("users").add(serviceAccount);
  }

  @AfterEach
  void forgetTheBrowsersSessions() {
    if (browser != null) {
      clearCookies();
    }
  }

  /** Every cookie, Keycloak's (path /realms/...) too, as a new browser would start. */
  private static void clearCookies() {
    ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  @Test
  @Order(1)
  void theEngineSeesKeycloaksUsersAndGroupsWithOurGroupIdsAndCreatesNone() {
    assertThat(identity.isReadOnly()).isTrue();
    assertThat(identity.createGroupQuery().groupMember("director.lianhua").list())
        .extracting(group -> group.getId()).containsExactlyInAnyOrder("child-directors", "director-lianhua");
    assertThat(identity.createGroupQuery().groupMember("supervisor.hetang").list())
        .extracting(group -> group.getId()).containsExactlyInAnyOrder("child-supervisors", "supervisor-hetang");
    assertThat(identity.createGroupQuery().groupMember("service-account-careflow-workers").list())
        .extracting(group -> group.getId()).containsExactly("careflow-workers");
    // the demo's staff records are ours even when the people come from Keycloak
    assertThat(jdbc.queryForObject("select count(*) from careflow.staff", Integer.class)).isEqualTo(15);
  }

  @Test
  @Order(2)
  void aChildDirectorSignsInToTasklistThroughKeycloakAndSeesOnlyTheirVillage() {
    openBrowser();
    signInToTasklist("director.lianhua");

    JsonNode user = browserGet("/camunda/api/admin/auth/user/default");
    assertThat(user.path("userId").asText()).isEqualTo("director.lianhua");
    assertThat(user.path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    assertThat(villagesOf(browserGet("/camunda/api/engine/engine/default/task"), "processInstanceId")).containsExactly("lianhua");

    // the app's own pages share the sign-in: the village's child is found, another village's is not
    browser.get(app("/pages/children?q=" + java.net.URLEncoder.encode("刘小雨", java.nio.charset.StandardCharsets.UTF_8)));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header.top"), "director.lianhua"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("刘小雨");
    long dongpoChild = jdbc.queryForObject("select id from careflow.child where full_name = '张乐乐'", Long.class);
    browser.get(app("/pages/children/" + dongpoChild));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found"))).getText())
        .contains(String.valueOf(dongpoChild));
    assertThat(browser.getPageSource()).doesNotContain("张乐乐");
  }

  @Test
  @Order(3)
  void logOutEndsTheKeycloakSessionToo() {
    openBrowser();
    signInToTasklist("director.yangliu");

    // the webapps' own "Log out": a background POST
    assertThat(browserFetch("POST", "/camunda/api/admin/auth/user/default/logout")).startsWith("200");
    browser.get(app("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(keycloak.url());

    signInAtKeycloak("director.yangliu");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
    // /logout: through Keycloak's logout page and back, which asks to sign in again
    browser.get(app("/logout"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(keycloak.url());
  }

  @Test
  @Order(4)
  void bearerTokensGiveEachUserTheJurisdictionOfTheirKeycloakGroups() {
    Map<String, Set<String>> jurisdictions = Map.of(
        "director.lianhua", Set.of("lianhua"),
        "director.xiwan", Set.of("xiwan"),
        "supervisor.hetang", Set.of("lianhua", "yangliu"),
        "supervisor.shiqiao", Set.of("dongpo", "xiwan"),
        "agency.qingshan", Set.of("lianhua", "yangliu", "dongpo", "xiwan"),
        "assessor.lin", Set.of());
    jurisdictions.forEach((user, villages) -> {
      String token = tokens.user(user);
      assertThat(villagesOf(json(get("/engine-rest/task", token)), "processInstanceId")).as(user).isEqualTo(villages);
      assertThat(villagesOf(json(get("/engine-rest/process-instance", token)), "id")).as(user).isEqualTo(villages);
    });

    String director = tokens.user("director.lianhua");
    JsonNode filters = json(get("/engine-rest/filter?resourceType=Task", director));
    String villageFilter = null;
    for (JsonNode filter : filters) {
      if (filter.path("name").asText().equals(TaskFilters.MY_VILLAGE)) {
        villageFilter = filter.path("id").asText();
      }
    }
    assertThat(villageFilter).as("the director's Tasklist filter").isNotNull();
    assertThat(villagesOf(json(get("/engine-rest/filter/" + villageFilter + "/list", director)), "processInstanceId"))
        .containsExactly("lianhua");
  }

  @Test
  @Order(5)
  void aDirectorsTokenCannotReachAnotherVillagesCaseOrTask() {
    String lianhua = tokens.user("director.lianhua");
    Task own = openTaskIn("lianhua", "director-lianhua");
    Task other = openTaskIn("xiwan", "director-xiwan");

    assertThat(get("/engine-rest/process-instance/" + other.getProcessInstanceId(), lianhua).statusCode()).isEqualTo(404);
    assertThat(get("/engine-rest/task/" + other.getId(), lianhua).statusCode()).isIn(403, 404);
    assertThat(post("/engine-rest/task/" + other.getId() + "/claim", lianhua, "{\"userId\":\"director.lianhua\"}").statusCode())
        .isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(other.getId()).singleResult().getAssignee()).isNull();
    assertThat(get("/engine-rest/task/" + own.getId(), lianhua).statusCode()).isEqualTo(200);

    // the app's own API: a case in Xiwan does not exist for Lianhua's director; their own does
    String visit = "{\"visitDate\":\"2026-11-01\",\"childSafe\":true,\"notes\":\"Keycloak test\"}";
    assertThat(post("/api/cases/" + protectionCaseIn("xiwan") + "/visits", lianhua, visit).statusCode()).isEqualTo(404);
    HttpResponse<String> ownVisit = post("/api/cases/" + protectionCaseIn("lianhua") + "/visits", lianhua, visit);
    assertThat(ownVisit.statusCode()).as(ownVisit.body()).isEqualTo(201);
  }

  @Test
  @Order(6)
  void theWorkersDoTheirWorkWithTheirClientCredentialsToken() {
    // the only way in here is a bearer token: the workers' former password is refused
    String basic = "Basic " + Base64.getEncoder().encodeToString("careflow-worker:worker".getBytes(StandardCharsets.UTF_8));
    assertThat(send(HttpRequest.newBuilder(URI.create(app("/engine-rest/task"))).header("Authorization", basic).GET()).statusCode())
        .isEqualTo(401);

    long child = jdbc.queryForObject("select min(id) from careflow.child where village_code = 'dongpo'", Long.class);
    String instance = runtime.startProcessInstanceByKey("entrusted-guardianship", Map.of(
        "childId", child, "parentsLeaveOn", "2026-12-10", "guardianAvailable", true)).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
        "guardianName", "Zhang Wei", "guardianRelationship", "RELATIVE", "guardianPhone", "13600001111"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
        "signedByParents", true, "signedByChild", true, "signedByGuardian", true, "signedOn", "2026-11-22"));

    await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).finished().count() == 1);
    assertThat(jdbc.queryForObject("select count(*) from careflow.guardianship_confirmation where process_instance_id = ?",
        Integer.class, instance)).isEqualTo(1);
  }

  @Test
  @Order(7)
  void missingMalformedForgedExpiredForeignAndWrongAudienceTokensGet401AndNoDetail() throws Exception {
    String genuine = tokens.user("director.lianhua");
    String[] parts = genuine.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"director.lianhua\"", "\"admin\"");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];
    String expiring = tokens.client("short-lived", "short-lived-secret");
    String foreign = tokens.fromMasterRealm();
    // a genuine token of this realm, but for the identity plugin's client: not meant for the app
    String wrongAudience = tokens.client("careflow-identity", "careflow-identity-secret");
    Thread.sleep(Math.max(0, expiryOf(expiring).toEpochMilli() - System.currentTimeMillis()) + 1500);

    Map<String, HttpRequest.Builder> refused = new java.util.LinkedHashMap<>();
    refused.put("no token", HttpRequest.newBuilder(URI.create(app("/engine-rest/task"))));
    refused.put("no token on /api", HttpRequest.newBuilder(URI.create(app("/api/migrations/audit"))));
    refused.put("malformed", bearer("/engine-rest/task", "not-a-token"));
    refused.put("malformed JWT", bearer("/engine-rest/task", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
    refused.put("forged", bearer("/engine-rest/task", forged));
    refused.put("expired", bearer("/engine-rest/task", expiring));
    refused.put("other issuer", bearer("/engine-rest/task", foreign));
    refused.put("wrong audience", bearer("/engine-rest/task", wrongAudience));
    refused.put("forged on /api", bearer("/api/migrations/audit", forged));
    refused.forEach((what, request) -> {
      HttpResponse<String> response = send(request.GET());
      assertThat(response.statusCode()).as(what).isEqualTo(401);
      assertThat(response.body()).as(what).isEqualTo(REFUSAL);
      assertThat(response.headers().allValues("WWW-Authenticate")).as(what).containsExactly("Bearer realm=\"careflow\"");
    });
    assertThat(get("/engine-rest/task", genuine).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(8)
  void whenKeycloakIsDownSignedInUsersGoOnNewSignInsGetAClearPageAndNoWorkIsLost() {
    openBrowser();
    signInToTasklist("director.xiwan");
    String token = tokens.user("director.xiwan");
    assertThat(get("/engine-rest/task", token).statusCode()).isEqualTo(200);
    Task waiting = openTaskIn("xiwan", "director-xiwan");

    keycloak.stop();
    assertThat(keycloak.isRunning()).isFalse();

    // a session that is signed in goes on working
    assertThat(villagesOf(browserGet("/camunda/api/engine/engine/default/task"), "processInstanceId")).containsExactly("xiwan");
    // as does a token issued before, while it lasts (the realm's keys and the user's groups are cached)
    assertThat(villagesOf(json(get("/engine-rest/task", token)), "processInstanceId")).containsExactly("xiwan");
    HttpResponse<String> claim = post("/engine-rest/task/" + waiting.getId() + "/claim", token, "{\"userId\":\"director.xiwan\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(waiting.getId()).singleResult().getAssignee()).isEqualTo("director.xiwan");

    // a new sign-in ends on a page that says what is wrong, not on the browser's connection error
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(app("/camunda/app/tasklist/default/"))).GET());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in/unavailable"));
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(app("/sign-in/unavailable"))).GET());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("Sign-in is unavailable").contains("Work already recorded is safe");
    clearCookies();
    browser.get(app("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign-in is unavailable"));

    // the engine keeps its work: the waiting task is still there, claimed, with its case
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getProcessInstanceId()).count()).isEqualTo(1);
  }

  // ---- browser ----

  private void openBrowser() {
    HeadlessChromium.assumeInstalled();
    if (browser != null) {
      return;
    }
    browser = HeadlessChromium.open(HeadlessChromium.DESKTOP);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Opens Tasklist, which sends the browser to Keycloak's sign-in page, and signs in there. */
  private void signInToTasklist(String user) {
    browser.get(app("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(keycloak.realmUrl(Tokens.REALM) + "/protocol/openid-connect/auth");
    signInAtKeycloak(user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
    assertThat(browser.getCurrentUrl()).startsWith(app("/camunda/app/tasklist/"));
  }

  private void signInAtKeycloak(String user) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();
  }

  private JsonNode browserGet(String path) {
    String answer = browserFetch("GET", path);
    assertThat(answer).as(path).startsWith("200");
    try {
      return JSON.readTree(answer.substring(answer.indexOf('\n') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A call from the page, with its session cookie, as the webapps make it: "status\nbody". */
  private String browserFetch(String method, String path) {
    Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', headers: {'Accept': 'application/json'}})
          .then(r => r.text().then(t => done(r.status + '\\n' + t)))
          .catch(e => done('error\\n' + e));""", app(path), method);
    return String.valueOf(answer);
  }

  // ---- HTTP ----

  private HttpResponse<String> get(String path, String token) {
    return send(bearer(path, token).GET());
  }

  private HttpResponse<String> post(String path, String token, String body) {
    return send(bearer(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder bearer(String path, String token) {
    return HttpRequest.newBuilder(URI.create(app(path))).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant expiryOf(String token) throws IOException {
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    return Instant.ofEpochSecond(claims.path("exp").asLong());
  }

  private static String app(String path) {
    return "http://localhost:" + APP_PORT + path;
  }

  // ---- the engine's view ----

  private Set<String> villagesOf(JsonNode list, String instanceField) {
    assertThat(list).isInstanceOf(ArrayNode.class);
    Set<String> villages = new HashSet<>();
    list.forEach(item -> villages.add((String) runtime.getVariable(item.path(instanceField).asText(), "villageCode")));
    return villages;
  }

  private Task openTaskIn(String village, String candidateGroup) {
    return tasks.createTaskQuery().taskCandidateGroup(candidateGroup).taskUnassigned().list().stream()
        .filter(task -> village.equals(runtime.getVariable(task.getProcessInstanceId(), "villageCode")))
        .findFirst().orElseThrow(() -> new AssertionError("demo data has no open task for " + candidateGroup + " in " + village));
  }

  private String protectionCaseIn(String village) {
    return jdbc.queryForObject("""
        select min(p.case_number) from careflow.protection_case p join careflow.child c on c.id = p.child_id
        where c.village_code = ? and p.closed_at is null""", String.class, village);
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
