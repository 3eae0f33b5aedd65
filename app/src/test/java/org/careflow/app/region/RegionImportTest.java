package org.careflow.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A county administrator adds townships and villages at runtime; their people can work at once. */
class RegionImportTest extends PlatformTest {

  private static final String HEADER = "key,division_code,level,name,parent,office_email,police_liaison_email,managers_email\n";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired TaskService tasks;
  @LocalServerPort int port;

  @Test
  void theDemoCountyCameThroughTheImportWithItsDivisionCodes() {
    assertThat(jdbc.queryForList("select code, division_code from careflow.region order by division_code"))
        .extracting(row -> row.get("code") + "=" + row.get("division_code"))
        .startsWith("qingshan=990101", "hetang=990101001", "lianhua=990101001001", "yangliu=990101001002",
            "shiqiao=990101002", "dongpo=990101002001", "xiwan=990101002002");
  }

  @Test
  void aVillageImportedAtRuntimeIsWorkedByItsNewDirectorAtOnceAndNoOtherVillageSeesIt() {
    ResponseEntity<Map<String, Object>> imported = importCsv("admin", HEADER
        + "baiyun,990101003,TOWNSHIP,Baiyun Township,qingshan,baiyun-office@qingshan.example.org,,\n"
        + "furong,990101003001,VILLAGE,Furong Village,baiyun,,,\n");
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("created", List.of("baiyun", "furong"));
    assertThat(identity.createGroupQuery().groupIdIn("supervisor-baiyun", "director-furong").count()).isEqualTo(2);

    newUser("director.furong", "child-directors", "director-furong");
    ResponseEntity<Map<String, Object>> registered = http.withBasicAuth("director.furong", Rest.PASSWORD)
        .exchange("/api/children", HttpMethod.POST, new HttpEntity<>(child("Zhou Xiaolan", "furong")), MAP);
    assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
    long childId = ((Number) registered.getBody().get("id")).longValue();

    Rest director = new Rest(http, "director.furong");
    Map<String, Object> variables = new HashMap<>(Map.of("childId", childId, "parentsLeaveOn", "2026-12-10",
        "parentsDestination", "Guangzhou", "guardianAvailable", true));
    ResponseEntity<Map<String, Object>> started = director.post("/process-definition/key/entrusted-guardianship/start",
        Rest.variables(variables));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    assertThat((String) started.getBody().get("businessKey")).matches("EG-\\d{4}-\\d{6}");

    assertThat(director.list("/task?processInstanceId=" + instance)).hasSize(1);
    assertThat(new Rest(http, "director.lianhua").list("/task?processInstanceId=" + instance)).isEmpty();
    assertThat(new Rest(http, "supervisor.hetang").list("/task?processInstanceId=" + instance)).isEmpty();

    Task nameGuardian = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(new Rest(http, "director.lianhua").post("/task/" + nameGuardian.getId() + "/claim",
        Map.of("userId", "director.lianhua")).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(tasks.createTaskQuery().taskId(nameGuardian.getId()).singleResult().getAssignee()).isNull();

    assertThat(director.post("/task/" + nameGuardian.getId() + "/claim", Map.of("userId", "director.furong"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(director.post("/task/" + nameGuardian.getId() + "/complete", Rest.variables(Map.of(
        "guardianName", "Zhou Guilan", "guardianRelationship", "GRANDPARENT", "guardianPhone", "13900005678")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task next = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_RecordSignedConfirmation");
    assertThat(director.list("/task?processInstanceId=" + instance)).hasSize(1);
    assertThat(new Rest(http, "director.yangliu").list("/task?processInstanceId=" + instance)).isEmpty();
  }

  @Test
  void aBadFileIsRefusedLineByLineAndImportsNothing() {
    String goodLines = "hetang,990101001,TOWNSHIP,荷塘镇（更名）,qingshan,,,\n"
        + "lotus,990101001003,VILLAGE,Lotus Village,hetang,,,\n";
    Snapshot before = snapshot("lotus", "meadow");

    assertRefused(HEADER + goodLines + "meadow,990101009001,VILLAGE,Meadow Village,atlantis,,,\n",
        "Line 4: unknown parent 'atlantis'");
    assertRefused(HEADER + goodLines + "meadow,990101001001,VILLAGE,Meadow Village,hetang,,,\n",
        "Line 4: duplicate division code 990101001001: it belongs to 'lianhua' (莲花村)");
    assertRefused(HEADER + goodLines + "lotus,990101001004,VILLAGE,Lotus Again,hetang,,,\n",
        "Line 4: duplicate key 'lotus' (first on line 3)");
    assertRefused(HEADER + goodLines + "meadow,990101001005,VILLAGE,,hetang,,,\n", "Line 4: missing name");
    assertRefused(HEADER + goodLines + "meadow,9901010010,VILLAGE,Meadow Village,hetang,,,\n",
        "Line 4: division code '9901010010' of a village must have 12 digits");
    assertRefused("", "Line 1: the file is empty");

    assertThat(snapshot("lotus", "meadow")).isEqualTo(before);
    assertThat(jdbc.queryForObject("select name from careflow.region where code = 'hetang'", String.class))
        .isEqualTo("荷塘镇");
  }

  @Test
  void onlyAdministratorsImport() {
    String file = HEADER + "willow,990101001006,VILLAGE,Willow Village,hetang,,,\n";
    Snapshot before = snapshot("willow");

    assertThat(importCsv("director.lianhua", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("civil.qingshan", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot("willow")).isEqualTo(before);
    assertThat(PageSession.signedIn(port, "director.lianhua").get("/pages/regions").statusCode()).isEqualTo(403);
  }

  @Test
  void importingTheSameRegionAgainUpdatesItsNameAndMailboxesOnly() {
    String file = HEADER + "bamboo,990101002003,VILLAGE,Bamboo Village,shiqiao,,,\n";
    assertThat(importCsv("admin", file).getStatusCode()).isEqualTo(HttpStatus.OK);
    Snapshot once = snapshot("bamboo");

    ResponseEntity<Map<String, Object>> again = importCsv("admin",
        HEADER + "bamboo,990101002003,VILLAGE,Bamboo Hill Village,shiqiao,bamboo@qingshan.example.org,,\n");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("created", List.of()).containsEntry("updated", List.of("bamboo"));
    assertThat(snapshot("bamboo")).isEqualTo(once);
    assertThat(jdbc.queryForMap("select name, office_email from careflow.region where code = 'bamboo'"))
        .containsEntry("name", "Bamboo Hill Village").containsEntry("office_email", "bamboo@qingshan.example.org");
  }

  @Test
  void theKeycloakFileListsTheImportedRegionsGroupsTopLevel() {
    ResponseEntity<Map<String, Object>> imported = importCsv("admin", HEADER
        + "guanshan,990101004,TOWNSHIP,Guanshan Township,qingshan,,,\n"
        + "pine,990101004001,VILLAGE,Pine Village,guanshan,,,\n");

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().get("keycloakGroups")).isEqualTo(Map.of("ifResourceExists", "SKIP", "groups", List.of(
        Map.of("name", "supervisor-guanshan", "path", "/supervisor-guanshan", "subGroups", List.of()),
        Map.of("name", "director-pine", "path", "/director-pine", "subGroups", List.of()))));
  }

  @Test
  void thePageShowsEachProblemImportsNothingAndTakesAnUploadedFile() {
    PageSession admin = PageSession.signedIn(port, "admin");
    HttpResponse<String> page = admin.get("/pages/regions");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("990101001001", "莲花村");
    Snapshot before = snapshot("maple");

    HttpResponse<String> refused = admin.postFromPage("/pages/regions", "/pages/regions", Map.of("csv", HEADER
        + "maple,990101002004,VILLAGE,Maple Village,nowhere,,,\n"
        + "oak,990101002005,VILLAGE,,shiqiao,,,\n"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Nothing was imported", "Line 2: unknown parent &#39;nowhere&#39;", "Line 3: missing name");
    assertThat(snapshot("maple", "oak")).isEqualTo(before);

    HttpResponse<String> uploaded = admin.postFile("/pages/regions", Map.of("_csrf", admin.tokenOf("/pages/regions")),
        "file", "maple.csv", HEADER + "maple,990101002004,VILLAGE,Maple Village,shiqiao,,,\n");
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Imported: 1 new");
    assertThat(identity.createGroupQuery().groupId("director-maple").count()).isEqualTo(1);

    HttpResponse<String> withoutToken = admin.postFile("/pages/regions", Map.of(), "file", "x.csv",
        HEADER + "elm,990101002006,VILLAGE,Elm Village,shiqiao,,,\n");
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(identity.createGroupQuery().groupId("director-elm").count()).isZero();
  }

  /** What an import writes: regions, their groups, and the engine's grants for those groups. */
  record Snapshot(long regions, long groups, long authorizations, long authorizationsOfTheFilesGroups) {
  }

  private Snapshot snapshot(String... villages) {
    String[] groups = java.util.Arrays.stream(villages).map(v -> "director-" + v).toArray(String[]::new);
    return new Snapshot(
        jdbc.queryForObject("select count(*) from careflow.region", Long.class),
        identity.createGroupQuery().count(),
        authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.GROUP).count(),
        authorizations.createAuthorizationQuery().groupIdIn(groups).count());
  }

  @SuppressWarnings("unchecked")
  private void assertRefused(String csv, String problem) {
    ResponseEntity<Map<String, Object>> refused = importCsv("admin", csv);
    assertThat(refused.getStatusCode()).as(csv).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).startsWith("Nothing imported").contains(problem);
    assertThat((List<Object>) refused.getBody().get("problems")).contains(problem);
  }

  private ResponseEntity<Map<String, Object>> importCsv(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    return http.withBasicAuth(user, Rest.PASSWORD)
        .exchange("/api/regions/import", HttpMethod.POST, new HttpEntity<>(csv, headers), MAP);
  }

  private void newUser(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setPassword(Rest.PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  private static Map<String, Object> child(String name, String village) {
    return Map.of("fullName", name, "birthDate", "2016-05-05", "villageCode", village, "category", "LEFT_BEHIND",
        "householdRegistration", "REGISTERED", "schoolStatus", "IN_SCHOOL", "disability", "NONE",
        "guardians", "Parents working in Guangzhou");
  }

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
}
