package org.careflow.app.demo;

import static org.careflow.contract.EntrustedGuardianship.*;
import static org.careflow.contract.Jurisdiction.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.careflow.app.child.ChildRepository;
import org.careflow.app.region.RegionImport;
import org.careflow.app.staff.CertifiedStaffImport;
import org.careflow.app.staff.StaffRecords;
import org.careflow.contract.StaffOnboarding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo county of Qingshan: two townships with two villages each, a user for every role and
 * region (password "demo"), children, and cases waiting in Tasklist. Loaded once, only when
 * careflow.demo.enabled=true (the embedded default).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "careflow.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String COUNTY = "qingshan";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** The county's townships and villages, loaded through the same import as a county's own file. */
  private static final String REGIONS_CSV = "demo/qingshan-regions.csv";

  record DemoUser(String id, String first, String last, String role, String regionGroup, String regionCode, int years) {
  }

  static final String TRAINEE = "director.trainee";

  static final List<DemoUser> USERS = List.of(
      new DemoUser("director.lianhua", "梅", "刘", ROLE_CHILD_DIRECTORS, directorsOf("lianhua"), "lianhua", 2),
      new DemoUser("director.yangliu", "芳", "王", ROLE_CHILD_DIRECTORS, directorsOf("yangliu"), "yangliu", 4),
      new DemoUser("director.dongpo", "丽", "张", ROLE_CHILD_DIRECTORS, directorsOf("dongpo"), "dongpo", 1),
      new DemoUser("director.xiwan", "华", "陈", ROLE_CHILD_DIRECTORS, directorsOf("xiwan"), "xiwan", 3),
      new DemoUser("supervisor.hetang", "军", "赵", ROLE_CHILD_SUPERVISORS, supervisorsOf("hetang"), "hetang", 6),
      new DemoUser("supervisor.shiqiao", "英", "孙", ROLE_CHILD_SUPERVISORS, supervisorsOf("shiqiao"), "shiqiao", 5),
      new DemoUser("agency.qingshan", "强", "黄", ROLE_AGENCY_STAFF, agencyOf(COUNTY), COUNTY, 8),
      new DemoUser("civil.qingshan", "磊", "吴", ROLE_CIVIL_AFFAIRS, civilAffairsOf(COUNTY), COUNTY, 10),
      new DemoUser("manager.qingshan", "燕", "周", ROLE_MANAGERS, managersOf(COUNTY), COUNTY, 12),
      new DemoUser("assessor.lin", "霞", "林", ROLE_FOSTER_ASSESSORS, null, null, 6),
      new DemoUser("assessor.he", "波", "何", ROLE_FOSTER_ASSESSORS, null, null, 3),
      new DemoUser("assessor.ma", "涛", "马", ROLE_FOSTER_ASSESSORS, null, null, 1),
      new DemoUser("assessor.xu", "宁", "许", ROLE_FOSTER_ASSESSORS, null, null, 0),
      new DemoUser("analyst", "敏", "郭", ROLE_ANALYSTS, null, null, 0),
      new DemoUser("admin", "管理员", "演示", ROLE_ADMINS, null, null, 0));

  private final RegionImport regionImport;
  private final ChildRepository children;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final CertifiedStaffImport certifiedStaff;
  private final StaffRecords staffRecords;

  DemoData(RegionImport regionImport, ChildRepository children, IdentityService identity,
      RuntimeService runtime, TaskService tasks, HistoryService history, JdbcTemplate jdbc,
      CertifiedStaffImport certifiedStaff, StaffRecords staffRecords) {
    this.regionImport = regionImport;
    this.children = children;
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.jdbc = jdbc;
    this.certifiedStaff = certifiedStaff;
    this.staffRecords = staffRecords;
  }

  @Override
  public void run(ApplicationArguments args) {
    regionImport.importAsPlatform(regionsCsv());
    // with Keycloak the users and memberships come from the realm (docker/keycloak); the staff records are ours
    if (!identity.isReadOnly()) {
      USERS.forEach(this::ensureUser);
    }
    USERS.forEach(this::ensureStaffRecord);
    // certification and onboarding change task groups, which only a writable identity can
    if (!identity.isReadOnly()) {
      certifyDirectorsAndSupervisors();
      registerTrainee();
    }
    Map<String, Long> childIds = ensureChildren();
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
      startDemoCases(childIds);
    }
    log.info("Demo county '{}' ready: {} users, password '{}'", COUNTY, USERS.size(), PASSWORD);
  }

  private static String regionsCsv() {
    try (var in = new ClassPathResource(REGIONS_CSV).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureUser(DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.first());
      user.setLastName(demo.last());
      user.setEmail(demo.id() + "@qingshan.example.org");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.role());
      if (demo.regionGroup() != null) {
        identity.createMembership(demo.id(), demo.regionGroup());
      }
    }
  }

  private void ensureStaffRecord(DemoUser demo) {
    staffRecords.addExisting(demo.id(), demo.last() + demo.first(), demo.role(), demo.regionCode(), demo.years(),
        demo.id() + "@qingshan.example.org");
  }

  /**
   * Every demo director and supervisor passed the training two months ago, so their work goes on;
   * Dongpo's director passed nearly a year ago, so the refresher training is due and the
   * certification ends in 20 days.
   */
  private void certifyDirectorsAndSupervisors() {
    for (DemoUser user : USERS) {
      if (user.role().equals(ROLE_CHILD_DIRECTORS) || user.role().equals(ROLE_CHILD_SUPERVISORS)) {
        LocalDate certifiedOn = user.id().equals("director.dongpo")
            ? LocalDate.now().minusYears(1).plusDays(20) : LocalDate.now().minusMonths(2);
        certifiedStaff.certifiedOn(user.id(), certifiedOn, 85);
      }
    }
  }

  /** A new child director for Lianhua, registered through onboarding: no village work until she passes. */
  private void registerTrainee() {
    if (identity.createUserQuery().userId(TRAINEE).count() > 0) {
      return;
    }
    runtime.startProcessInstanceByKey(StaffOnboarding.PROCESS_KEY, Map.of(
        StaffOnboarding.VAR_FULL_NAME, "邱兰",
        StaffOnboarding.VAR_STAFF_USER_ID, TRAINEE,
        StaffOnboarding.VAR_STAFF_ROLE, ROLE_CHILD_DIRECTORS,
        StaffOnboarding.VAR_REGION_CODE, "lianhua",
        StaffOnboarding.VAR_EMAIL, TRAINEE + "@qingshan.example.org"));
    User trainee = identity.createUserQuery().userId(TRAINEE).singleResult();
    trainee.setPassword(PASSWORD);
    identity.saveUser(trainee);
  }

  /** The demo children as the registry records list them (DemoChildRecords.RECORDS), inserted once. */
  private Map<String, Long> ensureChildren() {
    Map<String, Long> ids = new HashMap<>();
    for (DemoChildRecords.DemoRecord demo : DemoChildRecords.RECORDS) {
      addChild(ids, demo.name(), demo.birthDate(), demo.village());
    }
    return ids;
  }

  private void addChild(Map<String, Long> ids, String name, LocalDate birthDate, String village) {
    long id = children.findByNameAndBirthDate(name, birthDate, village)
        .map(child -> child.id())
        .orElseGet(() -> children.insert(name, birthDate, village));
    ids.put(name, id);
  }

  private void startDemoCases(Map<String, Long> children) {
    // Lianhua: parents leave next week; the director still has to name the guardian.
    start(children.get("刘小雨"), true, "广州");
    // Yangliu: guardian named, the signed confirmation still to be recorded.
    String yangliu = start(children.get("王婷婷"), true, "深圳");
    completeSingleTask(yangliu, Map.of(VAR_GUARDIAN_NAME, "王桂兰", VAR_GUARDIAN_RELATIONSHIP, "GRANDPARENT",
        VAR_GUARDIAN_PHONE, "139 0000 1234"));
    // Dongpo and Yangliu: no one to entrust; the township supervisors have an urgent task each.
    start(children.get("张乐乐"), false, "东莞");
    start(children.get("王浩"), false, "杭州");
    // Xiwan: guardian to be named.
    start(children.get("陈悦"), true, "厦门");
  }

  private String start(long childId, boolean guardianAvailable, String destination) {
    return runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of(
        VAR_CHILD_ID, childId,
        VAR_PARENTS_LEAVE_ON, LocalDate.now().plusDays(7).toString(),
        VAR_PARENTS_DESTINATION, destination,
        VAR_GUARDIAN_AVAILABLE, guardianAvailable)).getId();
  }

  private void completeSingleTask(String processInstanceId, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    tasks.complete(taskId, variables);
  }
}
