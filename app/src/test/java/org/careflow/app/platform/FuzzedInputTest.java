package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.engine.FormRequirements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated bad input, property-based (jqwik): for every field of every form of an open demo task,
 * and for every field of the app's write APIs, values a careless or hostile caseworker could send
 * (too long, control characters, line breaks in a name, direction marks, the wrong JSON type, dates
 * that are no dates, values outside a select or a number's bounds, a pattern broken). Every one must
 * be refused with 4xx, and nothing may be written: the task still open with its values unchanged, no
 * new case, child, visit or record change.
 */
@JqwikSpringSupport
class FuzzedInputTest extends PlatformTest {

  /** One field of the form of an open task, and a person the task is meant for. */
  record FormField(String taskId, String taskName, String user, FormRequirements.Field field) {
    @Override
    public String toString() {
      return taskName + "." + field.key() + " (" + field.type() + ") as " + user;
    }
  }

  record BadValue(FormField target, Object value) {
    @Override
    public String toString() {
      return target + " = " + shown(value);
    }
  }

  /** One of the app's write APIs with a valid body, one field changed to a bad value. */
  record BadRequest(String user, HttpMethod method, String path, Map<String, Object> body, String field) {
    @Override
    public String toString() {
      return user + " " + method + " " + path + " " + field + " = " + shown(body.get(field));
    }
  }

  private static final List<String> SEEN = new ArrayList<>();

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  /*
   * jqwik asks for a property's arbitraries before jqwik-spring injects the beans, so the arbitraries
   * that need the engine's open tasks are built in the property: jqwik chooses which one and the
   * seed each draws its value with, and the failing sample names the field and the value.
   */
  @Property(tries = 300, seed = "20261202")
  void everyBadValueOfEveryFormFieldIsRefusedAndWritesNothing(@ForAll @IntRange(min = 0, max = 1_000_000) int which,
      @ForAll long valueSeed) {
    BadValue bad = drawn(badFormValues(), which, valueSeed);
    FormField target = bad.target();
    Map<String, Long> before = counts();
    Object valueBefore = tasks.getVariable(target.taskId(), target.field().key());

    Map<String, Object> values = new HashMap<>();
    values.put(target.field().key(), bad.value());
    ResponseEntity<Map<String, Object>> answer = new Rest(http, target.user())
        .post("/task/" + target.taskId() + "/complete", Rest.variables(values));

    assertThat(answer.getStatusCode().value()).as(bad + " -> " + answer.getBody()).isEqualTo(400);
    assertThat(String.valueOf(answer.getBody().get("message"))).as(bad.toString())
        .contains(target.field().key()).doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(target.taskId()).count()).as(bad + ": task still open").isEqualTo(1);
    assertThat(tasks.getVariable(target.taskId(), target.field().key())).as(bad + ": value unchanged").isEqualTo(valueBefore);
    assertThat(counts()).as(bad + ": nothing written").isEqualTo(before);
    SEEN.add("form " + target.taskName() + "." + target.field().key());
  }

  @Property(tries = 300, seed = "20261202")
  void everyBadFieldOfEveryWriteApiIsRefusedAndWritesNothing(@ForAll @IntRange(min = 0, max = 1_000_000) int which,
      @ForAll long valueSeed) {
    BadRequest bad = drawn(badRequests(), which, valueSeed);
    Map<String, Long> before = counts();

    ResponseEntity<String> answer = http.withBasicAuth(bad.user(), Rest.PASSWORD)
        .exchange(bad.path(), bad.method(), new HttpEntity<>(bad.body()), String.class);

    assertThat(answer.getStatusCode().is4xxClientError()).as(bad + " -> " + answer.getStatusCode() + " " + answer.getBody())
        .isTrue();
    assertThat(counts()).as(bad + ": nothing written").isEqualTo(before);
    SEEN.add("api " + bad.path().replaceAll("/[0-9A-Z-]{2,}[0-9]", "/{id}") + " " + bad.field());
  }

  @AfterContainer
  static void report() {
    long forms = SEEN.stream().distinct().filter(seen -> seen.startsWith("form ")).count();
    long apis = SEEN.stream().distinct().filter(seen -> seen.startsWith("api ")).count();
    System.out.println("FuzzedInputTest: " + SEEN.size() + " bad inputs refused over " + forms + " form fields and "
        + apis + " API fields");
  }

  // ---- forms ----

  private List<Arbitrary<BadValue>> formArbitraries;
  private List<Arbitrary<BadRequest>> apiArbitraries;

  /** One arbitrary per field of the open tasks' forms, built once. */
  private List<Arbitrary<BadValue>> badFormValues() {
    if (formArbitraries == null) {
      List<FormField> fields = openFormFields();
      assertThat(fields).as("open demo tasks with form fields to fuzz").hasSizeGreaterThan(10);
      formArbitraries = fields.stream().map(field -> badFor(field.field()).map(value -> new BadValue(field, value))).toList();
    }
    return formArbitraries;
  }

  private static <T> T drawn(List<Arbitrary<T>> arbitraries, int which, long seed) {
    return arbitraries.get(which % arbitraries.size()).generator(100).next(new java.util.Random(seed)).value();
  }

  /** Each editable field of the form of one open task per task kind, with a person the task is meant for. */
  private List<FormField> openFormFields() {
    Map<String, FormField> byKindAndField = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().active().orderByTaskCreateTime().desc().list()) {
      String user = workerOf(task);
      if (user == null) {
        continue;
      }
      List<FormRequirements.Field> fields;
      try {
        fields = FormRequirements.fields(forms.getDeployedTaskForm(task.getId()));
      } catch (ProcessEngineException noCamundaForm) {
        continue;
      }
      for (FormRequirements.Field field : fields) {
        if (field.editable() && !List.of("text", "default", "group").contains(field.type())) {
          byKindAndField.putIfAbsent(task.getTaskDefinitionKey() + "/" + field.key(),
              new FormField(task.getId(), task.getName(), user, field));
        }
      }
    }
    return List.copyOf(byKindAndField.values());
  }

  private String workerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
        var members = identity.createUserQuery().memberOfGroup(link.getGroupId()).list();
        if (!members.isEmpty()) {
          return members.get(0).getId();
        }
      }
    }
    return null;
  }

  private static Arbitrary<Object> badFor(FormRequirements.Field field) {
    return switch (field.type()) {
      case "checkbox" -> Arbitraries.oneOf(Arbitraries.of("yes", "true", "1", "on"), Arbitraries.integers().between(0, 2));
      case "number" -> badNumber(field);
      case "datetime" -> notADate();
      case "select", "radio" -> field.options().isEmpty() ? wrongTypeForText()
          : Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
              .filter(value -> !field.options().contains(value)).map(Object.class::cast), wrongTypeForText());
      case "textarea" -> badText(field, true);
      default -> badText(field, false);
    };
  }

  private static Arbitrary<Object> badNumber(FormRequirements.Field field) {
    List<Arbitrary<? extends Object>> bad = new ArrayList<>();
    bad.add(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(Object.class::cast));
    bad.add(Arbitraries.of(true, false).map(Object.class::cast));
    if (field.min() != null) {
      bad.add(Arbitraries.integers().between(1, 1000).map(below -> (Object) (long) (field.min() - below)));
    }
    if (field.max() != null) {
      bad.add(Arbitraries.integers().between(1, 1000).map(above -> (Object) (long) (field.max() + above)));
    }
    return Arbitraries.oneOf(bad);
  }

  private static Arbitrary<Object> badText(FormRequirements.Field field, boolean note) {
    int maxLength = field.maxLength() != null ? field.maxLength() : note ? 4000 : 200;
    List<Arbitrary<? extends Object>> bad = new ArrayList<>();
    bad.add(Arbitraries.integers().between(1, 300).map(extra -> (Object) "字".repeat(maxLength + extra)));
    bad.add(withInserted(note ? controlCharacters() : Arbitraries.oneOf(controlCharacters(), Arbitraries.of('\n', '\r', '\t'))));
    bad.add(withInserted(Arbitraries.of('\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C')));
    bad.add(wrongTypeForText());
    if (field.pattern() != null) {
      Pattern pattern = Pattern.compile(field.pattern());
      bad.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(Math.min(maxLength, 30))
          .filter(value -> !pattern.matcher(value).find()).map(Object.class::cast));
    }
    return Arbitraries.oneOf(bad);
  }

  /** C0 controls but tab and line breaks, DEL and the C1 controls. */
  private static Arbitrary<Character> controlCharacters() {
    return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000B', '\u000C'),
        Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'));
  }

  private static Arbitrary<Object> withInserted(Arbitrary<Character> bad) {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥').ofMaxLength(20),
        bad, Arbitraries.strings().alpha().ofMaxLength(20)).as((before, c, after) -> (Object) (before + c + after));
  }

  private static Arbitrary<Object> wrongTypeForText() {
    return Arbitraries.oneOf(Arbitraries.integers().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast));
  }

  private static Arbitrary<Object> notADate() {
    return Arbitraries.oneOf(
        Arbitraries.of("yesterday", "12/01/2026", "2026-13-01", "2026-02-30", "2026-1-1", "20261201", "0000-00-00",
            "2026-12-01T25:00:00", " ").map(Object.class::cast),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(Object.class::cast),
        Arbitraries.integers().map(Object.class::cast));
  }

  // ---- the app's write APIs ----

  private List<Arbitrary<BadRequest>> badRequests() {
    if (apiArbitraries == null) {
      apiArbitraries = badRequestsOfTheDemoCounty();
    }
    return apiArbitraries;
  }

  /** One arbitrary per field of each write API, the rest of the body valid. */
  private List<Arbitrary<BadRequest>> badRequestsOfTheDemoCounty() {
    long lianhuaChild = DemoChildren.firstOf(jdbc, "lianhua");
    Map<String, Object> openCase = jdbc.queryForMap("""
        select p.case_number, c.village_code from careflow.protection_case p join careflow.child c on c.id = p.child_id
        where p.closed_at is null order by p.case_number limit 1""");
    String director = "director." + openCase.get("village_code");

    Map<String, Object> report = Map.of("childId", lianhuaChild, "situationDescription", "Seen alone at the river",
        "reporterName", "Li Ming", "reporterPhone", "13900001111", "childLivingAlone", true);
    Map<String, Object> child = Map.of("fullName", "Gao Xiaoyu", "birthDate", "2016-03-03", "villageCode", "lianhua",
        "category", "LEFT_BEHIND", "householdRegistration", "REGISTERED", "schoolStatus", "IN_SCHOOL", "disability", "NONE",
        "guardians", "Grandmother");
    Map<String, Object> visit = Map.of("visitDate", java.time.LocalDate.now().toString(), "childSafe", true, "notes", "Seen at home");
    Map<String, Object> change = Map.of("category", "IN_DISTRESS", "reason", "Parents lost contact");

    List<Arbitrary<BadRequest>> all = new ArrayList<>();
    all.addAll(
        mutated("agency.qingshan", HttpMethod.POST, "/api/hotline/reports", report, Map.of(
            "reporterName", badLine(100), "reporterPhone", badLine(30), "situationDescription", badNote(4000),
            "childId", badId(), "childLivingAlone", notABoolean())));
    all.addAll(
        mutated("director.lianhua", HttpMethod.POST, "/api/children", child, Map.of(
            "fullName", badLine(100), "birthDate", notADate(), "villageCode", values("atlantis", "yangliu", "", "lian\nhua", "lianhua\u202E"),
            "category", unknownValue(), "householdRegistration", unknownValue(), "schoolStatus", unknownValue(),
            "disability", unknownValue(), "guardians", badLine(300), "idNumber", badIdNumber())));
    all.addAll(
        mutated(director, HttpMethod.POST, "/api/cases/" + openCase.get("case_number") + "/visits", visit, Map.of(
            "visitDate", Arbitraries.oneOf(notADate(), values("1800-01-01", "1999-12-31")),
            "notes", Arbitraries.oneOf(badNote(4000), values("", "   ")), "childSafe", notABoolean())));
    all.addAll(
        mutated("director.lianhua", HttpMethod.POST, "/api/children/" + lianhuaChild + "/changes", change, Map.of(
            "category", unknownValue(), "idNumber", badIdNumber(), "reason", values("", "  "))));
    return all;
  }

  private static List<Arbitrary<BadRequest>> mutated(String user, HttpMethod method, String path, Map<String, Object> valid,
      Map<String, Arbitrary<Object>> badByField) {
    return badByField.entrySet().stream().map(bad -> bad.getValue().map(value -> {
      Map<String, Object> body = new HashMap<>(valid);
      body.put(bad.getKey(), value);
      return new BadRequest(user, method, path, body, bad.getKey());
    })).toList();
  }

  private static Arbitrary<Object> values(Object... values) {
    return Arbitraries.of(values);
  }

  private static Arbitrary<Object> badLine(int maxLength) {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 200).map(extra -> (Object) "名".repeat(maxLength + extra)),
        withInserted(Arbitraries.oneOf(controlCharacters(), Arbitraries.of('\n', '\r', '\t'))),
        withInserted(Arbitraries.of('\u202E', '\u2066', '\u200F')));
  }

  private static Arbitrary<Object> badNote(int maxLength) {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 200).map(extra -> (Object) "记".repeat(maxLength + extra)),
        withInserted(controlCharacters()),
        withInserted(Arbitraries.of('\u202E', '\u2066', '\u200F')));
  }

  private static Arbitrary<Object> badId() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 0).map(Object.class::cast),
        Arbitraries.longs().between(900_000_000L, 999_999_999L).map(Object.class::cast),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(Object.class::cast));
  }

  private static Arbitrary<Object> notABoolean() {
    return Arbitraries.oneOf(Arbitraries.of("maybe", "ja", "是").map(Object.class::cast),
        Arbitraries.of(List.of(true), Map.of("value", true)).map(Object.class::cast));
  }

  private static Arbitrary<Object> unknownValue() {
    return Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(14)
        .filter(value -> !List.of("LEFT_BEHIND", "IN_DISTRESS", "SCATTERED_ORPHAN", "IN_FOSTER_CARE", "REGISTERED",
            "UNREGISTERED", "IN_SCHOOL", "DROPPED_OUT", "NOT_OF_SCHOOL_AGE", "NONE", "PHYSICAL", "INTELLECTUAL",
            "MENTAL", "MULTIPLE").contains(value))
        .map(Object.class::cast);
  }

  private static Arbitrary<Object> badIdNumber() {
    return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17).map(Object.class::cast),
        Arbitraries.strings().numeric().ofLength(17).map(digits -> (Object) (digits + "Y")),
        Arbitraries.strings().alpha().ofLength(18).map(Object.class::cast));
  }

  // ---- what must not change ----

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("child", "child_case", "visit", "protection_case", "child_record_change", "notification",
        "guardianship_confirmation", "foster_placement", "staff", "case_event")) {
      counts.put(table, count("select count(*) from careflow." + table));
    }
    counts.put("process instances", history.createHistoricProcessInstanceQuery().count());
    counts.put("open tasks", tasks.createTaskQuery().count());
    return counts;
  }

  private long count(String sql) {
    return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    text = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    StringBuilder shown = new StringBuilder();
    text.chars().forEach(c -> shown.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200E && c <= 0x206F)
        ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return shown.toString();
  }
}
