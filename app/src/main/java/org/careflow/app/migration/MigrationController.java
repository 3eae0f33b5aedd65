package org.careflow.app.migration;

import org.careflow.app.engine.RefusedDoor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.careflow.app.engine.Privileged;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Instance migration for analysts, which Community Cockpit has no screen for: the versions with
 * their running instances, a proposed plan (equal activities mapped, the active activities left
 * without a mapping listed), the validation report, and a batch migration with its progress,
 * failures and an audit row. The engine's own authorizations decide who may do each step; the
 * instances themselves are listed by the platform, since analysts may not read cases.
 */
@RestController
// the same calls for API clients (HTTP Basic or a bearer token) and for the analysts' page (its sign-in session)
@RequestMapping({"/api/migrations", MigrationPage.PATH + "/api"})
class MigrationController {

  record PlanRequest(String sourceDefinitionId, String targetDefinitionId) {
  }

  record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
  }

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final AuthorizationService authorizations;

  MigrationController(RepositoryService repository, RuntimeService runtime, ManagementService management,
      HistoryService history, IdentityService identity, JdbcTemplate jdbc, AuthorizationService authorizations) {
    this.authorizations = authorizations;
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.history = history;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /** Per process, each version with the number of its running instances. */
  @GetMapping("/definitions")
  Map<String, List<Map<String, Object>>> definitions() {
    Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
    repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list()
        .forEach(definition -> byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(Map.of(
            "id", definition.getId(),
            "version", definition.getVersion(),
            "runningInstances", mayMigrate(definition) ? asPlatform(() ->
                runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()) : 0L)));
    return byKey;
  }

  @PostMapping("/plan")
  ResponseEntity<Map<String, Object>> plan(@RequestBody PlanRequest request) {
    List<String> instances = running(request.sourceDefinitionId(), null);
    return validated(request.sourceDefinitionId(), request.targetDefinitionId(), instances)
        .map(report -> ResponseEntity.unprocessableEntity().body(report))
        .orElseGet(() -> ResponseEntity.ok(Map.of("valid", true,
            "instructions", instructions(proposedPlan(request.sourceDefinitionId(), request.targetDefinitionId())),
            "runningInstances", instances.size())));
  }

  /** Migrates the chosen instances (all running ones when none are named) as a batch. */
  @PostMapping
  ResponseEntity<Map<String, Object>> migrate(@RequestBody MigrationRequest request) {
    List<String> instances = running(request.sourceDefinitionId(), request.processInstanceIds());
    if (instances.isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("message", "No running instance of " + request.sourceDefinitionId() + " to migrate"));
    }
    var refused = validated(request.sourceDefinitionId(), request.targetDefinitionId(), instances);
    if (refused.isPresent()) {
      return ResponseEntity.unprocessableEntity().body(refused.get());
    }
    Batch batch = runtime.newMigration(proposedPlan(request.sourceDefinitionId(), request.targetDefinitionId()))
        .processInstanceIds(instances)
        .executeAsync();
    jdbc.update("""
        insert into careflow.migration_audit (migrated_by, source_definition_id, target_definition_id, instance_count, batch_id)
        values (?, ?, ?, ?, ?)""", identity.getCurrentAuthentication().getUserId(), request.sourceDefinitionId(),
        request.targetDefinitionId(), instances.size(), batch.getId());
    return ResponseEntity.accepted().body(Map.of("batchId", batch.getId(), "instances", instances.size()));
  }

  /** Progress of a migration batch, and the failures of the instances it could not move. */
  @GetMapping("/batches/{batchId}")
  ResponseEntity<Map<String, Object>> progress(@PathVariable String batchId) {
    BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    if (running == null) {
      boolean known = history.createHistoricBatchQuery().batchId(batchId).count() > 0;
      return known ? ResponseEntity.ok(Map.of("batchId", batchId, "done", true, "failures", List.of()))
          : ResponseEntity.notFound().build();
    }
    List<String> failures = management.createJobQuery().jobDefinitionId(running.getBatchJobDefinitionId()).withException().list()
        .stream().map(job -> job.getExceptionMessage()).toList();
    // every instance moved; the engine's batch monitor removes the batch a little later
    boolean done = running.getRemainingJobs() == 0 && running.getFailedJobs() == 0;
    return ResponseEntity.ok(Map.of("batchId", batchId, "done", done, "total", running.getTotalJobs(),
        "remaining", running.getRemainingJobs(), "completed", running.getCompletedJobs(),
        "failed", running.getFailedJobs(), "failures", failures));
  }

  @GetMapping("/audit")
  List<Map<String, Object>> audit() {
    return jdbc.queryForList("select * from careflow.migration_audit order by id desc");
  }

  private MigrationPlan proposedPlan(String source, String target) {
    return runtime.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers().build();
  }

  /** The validation report: the plan's own failures, or the active activities it leaves without a target. */
  private Optional<Map<String, Object>> validated(String source, String target, List<String> instances) {
    MigrationPlan plan;
    try {
      plan = proposedPlan(source, target);
    } catch (MigrationPlanValidationException e) {
      List<String> reasons = e.getValidationReport().getInstructionReports().stream()
          .flatMap(r -> r.getFailures().stream().map(f -> r.getMigrationInstruction() + ": " + f)).toList();
      return Optional.of(Map.of("valid", false, "reasons", reasons.isEmpty() ? List.of(e.getMessage()) : reasons));
    }
    Set<String> mapped = plan.getInstructions().stream().map(i -> i.getSourceActivityId()).collect(Collectors.toSet());
    List<String> unmapped = asPlatform(() -> instances.stream().flatMap(id -> runtime.getActiveActivityIds(id).stream())
        .filter(activity -> !mapped.contains(activity)).distinct().sorted().toList());
    if (unmapped.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Map.of("valid", false, "reasons", unmapped.stream()
        .map(activity -> "active activity '" + activity + "' has no equal activity in " + target + ": map it in the Modeler or migrate later")
        .toList(), "instructions", instructions(plan)));
  }

  /**
   * The running instances of a version, for those who may migrate them. Analysts move cases without
   * reading them (they have no read access to any case): the engine's MIGRATE_INSTANCE permission
   * on the definition decides, then the platform lists the instance ids.
   */
  private List<String> running(String definitionId, List<String> chosen) {
    ProcessDefinition definition = repository.getProcessDefinition(definitionId);
    if (!mayMigrate(definition)) {
      throw new RefusedDoor("refusal.door.migrate", definition.getKey());
    }
    List<String> all = asPlatform(() -> runtime.createProcessInstanceQuery().processDefinitionId(definitionId).list().stream()
        .map(ProcessInstance::getId).toList());
    return chosen == null || chosen.isEmpty() ? all : chosen.stream().filter(all::contains).toList();
  }

  private boolean mayMigrate(ProcessDefinition definition) {
    Authentication user = identity.getCurrentAuthentication();
    return user != null && authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(),
        ProcessDefinitionPermissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey());
  }

  private <T> T asPlatform(java.util.function.Supplier<T> work) {
    return Privileged.asPlatform(identity, work);
  }

  private static List<Map<String, String>> instructions(MigrationPlan plan) {
    return plan.getInstructions().stream()
        .map(i -> Map.of("source", i.getSourceActivityId(), "target", i.getTargetActivityId()))
        .toList();
  }
}
