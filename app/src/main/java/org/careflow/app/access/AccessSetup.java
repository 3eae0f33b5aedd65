package org.careflow.app.access;

import static org.careflow.contract.Jurisdiction.*;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionGroups;
import org.careflow.app.region.RegionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what, set up at every start and safe to repeat: role and region groups, their
 * application access and start rights, Tasklist filters per role, and the workers' technical user.
 * Which case a user sees is decided per case by its region (see JurisdictionGuard).
 */
@Component
@Order(1)
public class AccessSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private static final List<String> CASEWORKER_ROLES = List.of(
      ROLE_CHILD_DIRECTORS, ROLE_CHILD_SUPERVISORS, ROLE_AGENCY_STAFF, ROLE_CIVIL_AFFAIRS, ROLE_FOSTER_ASSESSORS);
  private static final Map<String, String> ROLE_NAMES = Map.of(
      ROLE_CHILD_DIRECTORS, "Child directors",
      ROLE_CHILD_SUPERVISORS, "Child supervisors",
      ROLE_AGENCY_STAFF, "Protection agency staff",
      ROLE_CIVIL_AFFAIRS, "Civil-affairs officers",
      ROLE_FOSTER_ASSESSORS, "Foster assessors",
      ROLE_MANAGERS, "Managers",
      ROLE_ANALYSTS, "Analysts",
      ROLE_ADMINS, "Administrators",
      ROLE_WORKERS, "CareFlow workers");

  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;
  private final RegionRepository regions;
  private final RepositoryService repository;
  private final String workerUser;
  private final String workerPassword;

  AccessSetup(IdentityService identity, FilterService filters, TaskService tasks, Grants grants,
      RegionRepository regions, RepositoryService repository,
      @Value("${careflow.workers.username:}") String workerUser,
      @Value("${careflow.workers.password:}") String workerPassword) {
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
    this.regions = regions;
    this.repository = repository;
    this.workerUser = workerUser;
    this.workerPassword = workerPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.isReadOnly()) {
      log.info("Identity is read-only (external provider): groups and users come from there");
    } else {
      ROLE_NAMES.forEach((id, name) -> ensureGroup(id, name));
      ensureWorkerUser();
    }
    grantRoles();
    grantStartRights();
    regions.findAll().forEach(this::ensureRegionGroups);
    ensureFilters();
  }

  /** Groups that route work to a region; call after adding a region. */
  public void ensureRegionGroups(Region region) {
    if (identity.isReadOnly()) {
      return;
    }
    RegionGroups.of(region).forEach(group -> ensureGroup(group.id(), group.name()));
  }

  private void grantRoles() {
    for (Resource resource : Resources.values()) {
      grants.grant(ROLE_ADMINS, resource, ANY, ALL);
    }
    for (String role : CASEWORKER_ROLES) {
      grants.grant(role, APPLICATION, "tasklist", ACCESS);
      grants.grant(role, GROUP, ANY, READ);
    }
    for (String role : List.of(ROLE_MANAGERS, ROLE_ANALYSTS)) {
      grants.grant(role, APPLICATION, "tasklist", ACCESS);
      grants.grant(role, APPLICATION, "cockpit", ACCESS);
      grants.grant(role, PROCESS_DEFINITION, ANY, READ);
      grants.grant(role, DECISION_DEFINITION, ANY, READ);
      grants.grant(role, DEPLOYMENT, ANY, READ);
      grants.grant(role, GROUP, ANY, READ);
    }
    // analysts roll out models: from the build, or from the Modeler through /engine-rest/deployment/create
    grants.grant(ROLE_ANALYSTS, DEPLOYMENT, ANY, CREATE, READ, DELETE);
    // ... and move running instances to a new version (the migration page), without reading any case:
    // no instance, variable or task of a case is readable to them (older installations lose it here)
    grants.grant(ROLE_ANALYSTS, PROCESS_DEFINITION, ANY, READ, MIGRATE_INSTANCE);
    grants.revoke(ROLE_ANALYSTS, PROCESS_DEFINITION, ANY, READ_INSTANCE, READ_HISTORY);
    grants.revoke(ROLE_ANALYSTS, PROCESS_INSTANCE, ANY, READ);
    grants.grant(ROLE_ANALYSTS, BATCH, ANY, CREATE, READ, READ_HISTORY);
    grants.grant(ROLE_WORKERS, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, UPDATE_INSTANCE);
    grants.grant(ROLE_WORKERS, PROCESS_INSTANCE, ANY, READ, UPDATE);
  }

  /**
   * Start rights of what is deployed, as each model declares them (careflow.starters). New
   * deployments get theirs in their own transaction (StartRights); this covers models deployed
   * before that, or whose starters an earlier version did not declare.
   */
  private void grantStartRights() {
    List<Process> processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(definition -> repository.getBpmnModelInstance(definition.getId()).<Process>getModelElementById(definition.getKey()))
        .toList();
    StartRights.grant(grants, processes);
  }

  private void ensureFilters() {
    ensureFilter(TaskFilters.MY_TASKS, "My tasks", 20, "分配给我的任务",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), allTasklistRoles());
    ensureFilter(TaskFilters.MY_VILLAGE, "My village's tasks", 10, "本村儿童主任的工作",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        List.of(ROLE_CHILD_DIRECTORS));
    ensureFilter(TaskFilters.MY_TOWNSHIP, "My township's tasks", 10, "本镇所有未办结的工作：我的工作和各村的工作",
        tasks.createTaskQuery(), List.of(ROLE_CHILD_SUPERVISORS));
    ensureFilter(TaskFilters.MY_COUNTY, "My county's tasks", 10, "本县所有未办结的工作",
        tasks.createTaskQuery(), List.of(ROLE_AGENCY_STAFF, ROLE_CIVIL_AFFAIRS, ROLE_MANAGERS));
    ensureFilter(TaskFilters.URGENT, "Urgent", 30, "紧急工作，例如将独自生活的儿童",
        tasks.createTaskQuery().taskMinPriority(100), allTasklistRoles());
    ensureFilter(TaskFilters.OVERDUE, "Overdue", 40, "已超过办理期限",
        tasks.createTaskQuery().dueBeforeExpression("${now()}"), allTasklistRoles());
  }

  private static List<String> allTasklistRoles() {
    return List.of(ROLE_CHILD_DIRECTORS, ROLE_CHILD_SUPERVISORS, ROLE_AGENCY_STAFF, ROLE_CIVIL_AFFAIRS,
        ROLE_FOSTER_ASSESSORS, ROLE_MANAGERS, ROLE_ANALYSTS);
  }

  /** Creates the filter, or renames the one an earlier version saved under its English name. */
  private void ensureFilter(String name, String formerName, int priority, String description, TaskQuery query,
      List<String> roles) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.createFilterQuery().filterName(formerName).singleResult();
      if (filter != null) {
        filter.setName(name);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filters.saveFilter(filter);
      }
    }
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filters.saveFilter(filter);
    }
    for (String role : roles) {
      grants.grant(role, FILTER, filter.getId(), READ);
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(ROLE_ADMINS.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  private void ensureWorkerUser() {
    if (workerUser.isBlank() || workerPassword.isBlank()) {
      return;
    }
    if (identity.createUserQuery().userId(workerUser).count() == 0) {
      User user = identity.newUser(workerUser);
      user.setFirstName("CareFlow");
      user.setLastName("Workers");
      user.setPassword(workerPassword);
      identity.saveUser(user);
      identity.createMembership(workerUser, ROLE_WORKERS);
    }
  }
}
