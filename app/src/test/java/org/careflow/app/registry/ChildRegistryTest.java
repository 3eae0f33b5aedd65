package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The children's registry through the app's API and pages: registration, duplicates, bad input, verified changes, audit, ledger. */
class ChildRegistryTest extends PlatformTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @LocalServerPort int port;

  private PageSessions pages;

  @BeforeEach
  void pages() {
    pages = new PageSessions(port);
  }

  static String idNumber(LocalDate birthDate, String sequence) {
    String first17 = "990101" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
    return first17 + IdNumbers.checkCharacter(first17);
  }

  static Map<String, Object> child(String name, String birthDate, String village, String idNumber) {
    Map<String, Object> child = new HashMap<>(Map.of("fullName", name, "birthDate", birthDate, "villageCode", village,
        "category", "LEFT_BEHIND", "householdRegistration", "REGISTERED", "schoolStatus", "IN_SCHOOL", "disability", "NONE",
        "guardians", "Parents working in Xiamen"));
    if (idNumber != null) {
      child.put("idNumber", idNumber);
    }
    return child;
  }

  @Test
  void aChildDirectorRegistersAChildWhoseIdNumberIsStoredEncryptedAndShownOnlyToThoseWhoNeedIt() {
    String id = idNumber(LocalDate.of(2016, 5, 5), "123");
    ResponseEntity<Map<String, Object>> created = post("director.lianhua", "/api/children", child("Huang Xiaohua", "2016-05-05", "lianhua", id));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long childId = ((Number) created.getBody().get("id")).longValue();

    Map<String, Object> stored = jdbc.queryForMap("select * from careflow.child where id = ?", childId);
    assertThat(stored.get("id_number_cipher").toString()).doesNotContain(id).doesNotContain("20160505");
    assertThat(stored.get("id_number_hash")).isNotNull();
    assertThat(stored.get("category")).isEqualTo("LEFT_BEHIND");
    assertThat(stored.get("registered_by")).isEqualTo("director.lianhua");

    assertThat(get("director.lianhua", "/api/children/" + childId).getBody()).containsEntry("idNumber", id).containsEntry("idNumberMasked", false);
    assertThat(get("supervisor.hetang", "/api/children/" + childId).getBody()).containsEntry("idNumber", id);
    assertThat(get("agency.qingshan", "/api/children/" + childId).getBody()).containsEntry("idNumber", id);
    assertThat(get("manager.qingshan", "/api/children/" + childId).getBody())
        .containsEntry("idNumber", IdNumbers.masked(id)).containsEntry("idNumberMasked", true);
    assertThat(get("civil.qingshan", "/api/children/" + childId).getBody()).containsEntry("idNumber", IdNumbers.masked(id));

    assertThat(search("supervisor.hetang", id)).extracting(found -> ((Number) found.get("id")).longValue()).containsExactly(childId);
    assertThat(search("supervisor.hetang", id.toLowerCase())).hasSize(1);
    assertThat(search("supervisor.shiqiao", id)).isEmpty();
    assertThat(search("director.lianhua", "xiaohua")).extracting(found -> found.get("fullName")).containsExactly("Huang Xiaohua");
  }

  @Test
  void aChildAlreadyRegisteredIsRefusedWithTheExistingRecordNamed() {
    String id = idNumber(LocalDate.of(2013, 2, 14), "221");
    long existing = ((Number) post("director.yangliu", "/api/children", child("Sun Meimei", "2013-02-14", "yangliu", id))
        .getBody().get("id")).longValue();
    int before = children();

    ResponseEntity<Map<String, Object>> sameIdNumber = post("director.yangliu", "/api/children", child("Sun Mei", "2013-02-14", "yangliu", id));
    ResponseEntity<Map<String, Object>> sameNameAndBirth = post("supervisor.hetang", "/api/children", child("sun meimei", "2013-02-14", "yangliu", null));
    ResponseEntity<Map<String, Object>> elsewhere = post("director.xiwan", "/api/children", child("Sun Mei", "2013-02-14", "xiwan", id));

    assertThat(sameIdNumber.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(sameIdNumber.getBody().get("message").toString())
        .contains("ID number is already registered", "record " + existing, "Sun Meimei").doesNotContain(id);
    assertThat(sameNameAndBirth.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(sameNameAndBirth.getBody().get("message").toString()).contains("name and date of birth", "record " + existing);
    // the existing record lies outside Xiwan: nothing of it, not even its number or that it lies elsewhere
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(elsewhere.getBody().get("message").toString()).contains("township's child supervisor")
        .doesNotContain("record " + existing).doesNotContain(String.valueOf(existing)).doesNotContain("outside")
        .doesNotContain("Sun Meimei").doesNotContain("yangliu").doesNotContain(id);
    assertThat(children()).isEqualTo(before);
  }

  static Stream<Arguments> badRegistrations() {
    String good = idNumber(LocalDate.of(2015, 8, 8), "301");
    String badChecksum = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    String otherBirth = idNumber(LocalDate.of(2015, 8, 9), "301");
    return Stream.of(
        Arguments.of(Map.of("fullName", ""), "full name is required"),
        Arguments.of(Map.of("birthDate", ""), "date of birth is required"),
        Arguments.of(Map.of("birthDate", "08/08/2015"), "is not a date"),
        Arguments.of(Map.of("birthDate", "2015-13-01"), "is not a date"),
        Arguments.of(Map.of("birthDate", LocalDate.now().plusDays(1).toString()), "in the future"),
        Arguments.of(Map.of("birthDate", "2001-01-01"), "18 or older"),
        Arguments.of(Map.of("villageCode", "nowhere"), "Unknown village 'nowhere'"),
        Arguments.of(Map.of("villageCode", "dongpo"), "Unknown village 'dongpo' (or not in your jurisdiction)"),
        Arguments.of(Map.of("villageCode", ""), "village is required"),
        Arguments.of(Map.of("idNumber", badChecksum), "wrong check character"),
        Arguments.of(Map.of("idNumber", otherBirth), "gives the birth date 2015-08-09"),
        Arguments.of(Map.of("idNumber", "12345"), "18 characters"),
        Arguments.of(Map.of("category", "ORPHAN"), "category 'ORPHAN' is not one of"),
        Arguments.of(Map.of("category", ""), "category is required"),
        Arguments.of(Map.of("schoolStatus", "SOMETIMES"), "school status 'SOMETIMES'"),
        Arguments.of(Map.of("fullName", "x".repeat(101)), "longer than 100"));
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @MethodSource("badRegistrations")
  void badInputIsRefusedWithAClearMessageAndWritesNothing(Map<String, Object> override, String message) {
    Map<String, Object> registration = child("Gao Feifei", "2015-08-08", "lianhua", idNumber(LocalDate.of(2015, 8, 8), "301"));
    registration.putAll(override);
    int before = children();

    ResponseEntity<Map<String, Object>> refused = post("director.lianhua", "/api/children", registration);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains(message);
    assertThat(children()).isEqualTo(before);
  }

  @Test
  void theRegistrationPageRefusesABadIdNumberAndKeepsWhatWasEntered() {
    String good = idNumber(LocalDate.of(2014, 4, 4), "402");
    String badChecksum = good.substring(0, 17) + (good.charAt(17) == '3' ? '4' : '3');
    int before = children();

    var refused = pages.post("director.dongpo", "/pages/children", Map.of("fullName", "Ma Xiaolong", "birthDate", "2014-04-04",
        "villageCode", "dongpo", "idNumber", badChecksum, "category", "IN_DISTRESS", "householdRegistration", "REGISTERED",
        "schoolStatus", "IN_SCHOOL", "disability", "NONE"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("wrong check character").contains("value=\"Ma Xiaolong\"");
    assertThat(children()).isEqualTo(before);

    var registered = pages.post("director.dongpo", "/pages/children", Map.of("fullName", "Ma Xiaolong", "birthDate", "2014-04-04",
        "villageCode", "dongpo", "idNumber", good, "category", "IN_DISTRESS", "householdRegistration", "REGISTERED",
        "schoolStatus", "IN_SCHOOL", "disability", "NONE"));
    assertThat(registered.statusCode()).isEqualTo(302);
    assertThat(children()).isEqualTo(before + 1);
    assertThat(pages.post("director.dongpo", "/pages/children", Map.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void aChangeAppliesOnlyAfterTheTownshipSupervisorVerifiesItAndTheIdNumberNeverReachesTheEngineInPlainText() {
    long childId = register("director.dongpo", child("Zhou Xiaobei", "2012-10-10", "dongpo", null));
    String id = idNumber(LocalDate.of(2012, 10, 10), "512");

    ResponseEntity<Map<String, Object>> proposed = post("director.dongpo", "/api/children/" + childId + "/changes",
        Map.of("schoolStatus", "DROPPED_OUT", "idNumber", id, "reason", "Birth certificate seen; no school since September"));
    assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String caseNumber = (String) proposed.getBody().get("caseNumber");
    assertThat(caseNumber).startsWith("CU-");
    assertThat(jdbc.queryForMap("select school_status, id_number_hash from careflow.child where id = ?", childId))
        .containsEntry("school_status", "IN_SCHOOL").containsEntry("id_number_hash", null);

    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .as("the case's variables (there are some)").isNotEmpty().allSatisfy(variable -> assertThat(String.valueOf(variable.getValue())).doesNotContain(id));
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).list())
        .as("the case's variable history (there is some)").isNotEmpty().allSatisfy(detail -> assertThat(String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue()))
            .doesNotContain(id));
    assertThat(runtime.getVariable(instance, "proposedIdNumberMasked")).isEqualTo(IdNumbers.masked(id));

    Rest otherTownship = new Rest(http, "supervisor.hetang");
    assertThat(otherTownship.list("/task?processInstanceId=" + instance)).isEmpty();
    Rest shiqiao = new Rest(http, "supervisor.shiqiao");
    List<Map<String, Object>> verify = shiqiao.list("/task?processInstanceId=" + instance);
    assertThat(verify).extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_VerifyChildRecordChange");
    String taskId = (String) verify.get(0).get("id");
    assertThat(shiqiao.post("/task/" + taskId + "/claim", Map.of("userId", "supervisor.shiqiao")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(shiqiao.post("/task/" + taskId + "/complete",
        Rest.variables(Map.of("changeApproved", true, "verificationNote", "Called the school"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> record = get("director.dongpo", "/api/children/" + childId).getBody();
    assertThat(record).containsEntry("schoolStatus", "DROPPED_OUT").containsEntry("idNumber", id);
    assertThat(jdbc.queryForMap("select * from careflow.child_record_change where case_number = ?", caseNumber))
        .containsEntry("proposed_by", "director.dongpo").containsEntry("verified_by", "supervisor.shiqiao");
    assertThat(timeline("director.dongpo", childId)).anySatisfy(entry -> assertThat(entry.get("summary").toString())
        .contains("Record updated (school, ID number)", "verified by supervisor.shiqiao"));
  }

  @Test
  void aRejectedChangeLeavesTheRecordAsItIs() {
    long childId = register("director.xiwan", child("Lin Xiaoxi", "2011-11-11", "xiwan", null));
    String caseNumber = (String) post("director.xiwan", "/api/children/" + childId + "/changes",
        Map.of("category", "IN_DISTRESS", "reason", "Father ill")).getBody().get("caseNumber");
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    Rest shiqiao = new Rest(http, "supervisor.shiqiao");
    shiqiao.post("/task/" + taskId + "/claim", Map.of("userId", "supervisor.shiqiao"));

    assertThat(shiqiao.post("/task/" + taskId + "/complete",
        Rest.variables(Map.of("changeApproved", false, "verificationNote", "Father recovered"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(jdbc.queryForObject("select category from careflow.child where id = ?", String.class, childId)).isEqualTo("LEFT_BEHIND");
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_record_change where child_id = ?", Integer.class, childId)).isZero();
  }

  @Test
  void aProposedChangeWithBadInputStartsNothing() {
    long childId = register("director.lianhua", child("Deng Xiaoyan", "2010-01-20", "lianhua", null));
    String good = idNumber(LocalDate.of(2010, 1, 20), "611");
    String badChecksum = good.substring(0, 17) + (good.charAt(17) == '5' ? '6' : '5');
    long before = updates();

    assertRefused(post("director.lianhua", "/api/children/" + childId + "/changes", Map.of("idNumber", badChecksum, "reason", "x")),
        HttpStatus.BAD_REQUEST, "wrong check character");
    assertRefused(post("director.lianhua", "/api/children/" + childId + "/changes",
        Map.of("idNumber", idNumber(LocalDate.of(2010, 1, 21), "611"), "reason", "x")), HttpStatus.BAD_REQUEST, "not the child's date of birth");
    assertRefused(post("director.lianhua", "/api/children/" + childId + "/changes", Map.of("category", "ORPHAN", "reason", "x")),
        HttpStatus.BAD_REQUEST, "(proposedCategory) must be one of LEFT_BEHIND, IN_DISTRESS");
    assertRefused(post("director.lianhua", "/api/children/" + childId + "/changes", Map.of("reason", "Nothing")),
        HttpStatus.BAD_REQUEST, "changes nothing");
    assertRefused(post("director.lianhua", "/api/children/" + childId + "/changes", Map.of("category", "IN_DISTRESS")),
        HttpStatus.BAD_REQUEST, "changeReason");
    assertRefused(post("director.lianhua", "/api/children/" + childOf("张乐乐") + "/changes", Map.of("category", "IN_DISTRESS", "reason", "x")),
        HttpStatus.NOT_FOUND, "in your jurisdiction");
    // the engine's own door (its REST API answers a refused start with 500 and the message)
    Rest lianhua = new Rest(http, "director.lianhua");
    assertEngineRefuses(lianhua, Map.of("childId", childId, "proposedIdNumber", good, "changeReason", "x"), "never as a process variable");
    assertEngineRefuses(lianhua, Map.of("childId", childId, "proposedIdNumberCipher", "v1:AAAA", "changeReason", "x"), "not one CareFlow encrypted");
    assertEngineRefuses(lianhua, Map.of("childId", childId, "proposedSchoolStatus", "DROPPED_OUT"), "changeReason");
    assertEngineRefuses(lianhua, Map.of("childId", childOf("张乐乐"), "proposedSchoolStatus", "DROPPED_OUT", "changeReason", "x"),
        "in your jurisdiction");

    assertThat(updates()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case where child_id = ?", Integer.class, childId)).isZero();
  }

  @Test
  void everyReadIsAuditedWithoutPersonalDataAndOnlyManagersReadTheLog() {
    long chenYue = childOf("陈悦");
    int before = reads(chenYue);

    get("director.xiwan", "/api/children/" + chenYue);
    timeline("director.xiwan", chenYue);
    pages.get("supervisor.shiqiao", "/pages/children/" + chenYue);
    get("director.lianhua", "/api/children/" + chenYue);

    List<Map<String, Object>> reads = jdbc.queryForList(
        "select * from careflow.child_record_read where child_id = ? order by id", chenYue).subList(before, before + 3);
    assertThat(reads).extracting(read -> read.get("read_by") + " " + read.get("channel") + " " + read.get("what"))
        .containsExactly("director.xiwan API RECORD", "director.xiwan API TIMELINE", "supervisor.shiqiao PAGE RECORD");
    assertThat(reads).allSatisfy(read -> {
      assertThat(read.get("remote_address")).isEqualTo("127.0.0.1");
      assertThat(read.get("read_at")).isNotNull();
      assertThat(read.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains("Chen"));
    });
    // a user outside the jurisdiction reads nothing, and nothing is logged as read
    assertThat(reads(chenYue)).isEqualTo(before + 4);

    ResponseEntity<List<Map<String, Object>>> log = http.withBasicAuth("manager.qingshan", "demo")
        .exchange("/api/children/" + chenYue + "/audit", HttpMethod.GET, null, LIST);
    assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(log.getBody()).extracting(read -> read.get("readBy")).contains("director.xiwan", "supervisor.shiqiao");
    assertThat(get("director.xiwan", "/api/children/" + chenYue + "/audit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("supervisor.hetang", "/api/children/" + chenYue + "/audit").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(pages.get("manager.qingshan", "/pages/children/" + chenYue).body()).contains("Who read this record", "director.xiwan");
    assertThat(pages.get("supervisor.shiqiao", "/pages/children/" + chenYue).body()).doesNotContain("Who read this record");
  }

  @Test
  void theTimelineShowsTheChildsCasesAndTheirSteps() {
    long childId = register("director.yangliu", child("Xu Xiaoyang", "2014-06-01", "yangliu", null));
    String caseNumber = runtime.startProcessInstanceByKey("entrusted-guardianship", Map.of("childId", childId,
        "parentsLeaveOn", LocalDate.now().plusDays(5).toString(), "guardianAvailable", true)).getBusinessKey();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId(),
        Map.of("guardianName", "Xu Nainai", "guardianRelationship", "GRANDPARENT", "guardianPhone", "13900002222"));

    List<Map<String, Object>> timeline = timeline("supervisor.hetang", childId);

    assertThat(timeline).extracting(entry -> entry.get("kind") + " " + entry.get("caseNumber"))
        .contains("CASE_OPENED " + caseNumber, "STEP " + caseNumber, "REGISTERED null");
    assertThat(timeline).anySatisfy(entry -> assertThat(entry.get("summary").toString()).contains("登记受委托监护人"));
    assertThat(get("director.dongpo", "/api/children/" + childId + "/timeline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theTownshipLedgerListsItsChildrenAndItsExportNeedsAGrant() {
    var ledger = pages.get("supervisor.hetang", "/pages/ledger");
    assertThat(ledger.statusCode()).isEqualTo(200);
    assertThat(ledger.body()).contains("Ledger of 荷塘镇", "刘小雨", "王浩", "Left-behind child", "id=\"export\"")
        .doesNotContain("张乐乐");

    var csv = pages.get("supervisor.hetang", "/pages/ledger/export.csv?township=hetang");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String liuXiaoyu = org.careflow.app.demo.DemoChildRecords.idNumberOf("刘小雨");
    assertThat(csv.body()).startsWith("record_number,full_name").contains("刘小雨", IdNumbers.masked(liuXiaoyu))
        .doesNotContain(liuXiaoyu).doesNotContain("张乐乐");
    assertThat(pages.get("supervisor.hetang", "/pages/ledger/export.csv?township=shiqiao").statusCode()).isEqualTo(404);
    assertThat(pages.get("director.lianhua", "/pages/ledger").statusCode()).isEqualTo(404);

    assertThat(pages.get("civil.qingshan", "/pages/ledger?township=hetang").body()).contains("刘小雨", "id=\"no-export\"");
    assertThat(pages.get("civil.qingshan", "/pages/ledger/export.csv?township=hetang").statusCode()).isEqualTo(403);
    Map<String, Object> grant = Map.of("groupId", "civil-affairs-qingshan", "townshipCode", "hetang");
    assertThat(post("supervisor.hetang", "/api/ledger-export-grants", grant).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("admin", "/api/ledger-export-grants", Map.of("groupId", "no-such-group", "townshipCode", "hetang")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("admin", "/api/ledger-export-grants", grant).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pages.get("civil.qingshan", "/pages/ledger/export.csv?township=hetang").statusCode()).isEqualTo(200);
    assertThat(pages.get("civil.qingshan", "/pages/ledger/export.csv?township=shiqiao").statusCode()).isEqualTo(403);

    http.withBasicAuth("admin", "demo").delete("/api/ledger-export-grants/civil-affairs-qingshan/hetang");
    assertThat(pages.get("civil.qingshan", "/pages/ledger/export.csv?township=hetang").statusCode()).isEqualTo(403);
  }

  private static void assertEngineRefuses(Rest rest, Map<String, Object> variables, String message) {
    ResponseEntity<Map<String, Object>> refused = rest.post("/process-definition/key/child-record-update/start", Rest.variables(variables));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody().get("message").toString()).contains(message);
  }

  private void assertRefused(ResponseEntity<Map<String, Object>> response, HttpStatus status, String message) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getBody().get("message").toString()).contains(message);
  }

  private long register(String user, Map<String, Object> child) {
    ResponseEntity<Map<String, Object>> created = post(user, "/api/children", child);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, MAP);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), MAP);
  }

  private List<Map<String, Object>> search(String user, String q) {
    return http.withBasicAuth(user, "demo").exchange("/api/children?q={q}", HttpMethod.GET, null, LIST, q).getBody();
  }

  private List<Map<String, Object>> timeline(String user, long childId) {
    ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, "demo")
        .exchange("/api/children/" + childId + "/timeline", HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private int children() {
    return jdbc.queryForObject("select count(*) from careflow.child", Integer.class);
  }

  private long updates() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("child-record-update").count();
  }

  private int reads(long childId) {
    return jdbc.queryForObject("select count(*) from careflow.child_record_read where child_id = ?", Integer.class, childId);
  }

  private long childOf(String name) {
    return jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, name);
  }
}
