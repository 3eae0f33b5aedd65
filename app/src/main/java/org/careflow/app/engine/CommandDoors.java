package org.careflow.app.engine;

import static org.careflow.contract.Jurisdiction.ROLE_ADMINS;
import static org.careflow.contract.Jurisdiction.ROLE_ANALYSTS;
import static org.careflow.contract.Jurisdiction.ROLE_WORKERS;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricCaseActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricDecisionInstanceStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.task.Task;

/**
 * Every door (Tasklist, /engine-rest, Tasklist's /camunda/api/engine, the app's API and pages)
 * ends in an engine command. This interceptor sees each command a signed-in person sends, before
 * the engine runs it, and lets a caseworker act only in the ways the processes offer:
 * <ul>
 * <li>no start before or after an activity, no skipped listeners or input/output mappings, no
 * instance modification, restart, version change or migration (analysts and administrators only;
 * the engine's user operation log records who did it);</li>
 * <li>no case number of one's own choosing: the platform numbers every case;</li>
 * <li>no direct writes of variables (only administrators, and never of the variables that fix a
 * case's child, regions or decisions);</li>
 * <li>completing a task carries only the fields of that task's form, and leaves the child and the
 * region codes as they are;</li>
 * <li>tasks are claimed for oneself and assigned, delegated or owned only within their candidate
 * groups; candidate groups and users are the process's, not changed by hand;</li>
 * <li>no signals or message correlation into running cases; no other person's group memberships;
 * no engine-wide statistics; no error details or stack traces (administrators only).</li>
 * </ul>
 * Commands that platform code runs inside another command (listeners, delegates) and those of the
 * workers and of the platform itself (no signed-in user) pass unchecked. Reads are left to the
 * engine's authorization checks, which already follow each case's jurisdiction.
 */
class CommandDoors extends CommandInterceptor {

  private static final Set<Class<?>> RESHAPING = Set.of(
      StartProcessInstanceAtActivitiesCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
      ProcessInstanceModificationBatchCmd.class, ProcessInstanceModificationCmd.class, RestartProcessInstancesCmd.class,
      RestartProcessInstancesBatchCmd.class, SetProcessDefinitionVersionCmd.class, MigrateProcessInstanceCmd.class,
      MigrateProcessInstanceBatchCmd.class);
  private static final Set<Class<?>> VARIABLE_WRITES = Set.of(
      SetTaskVariablesCmd.class, SetExecutionVariablesCmd.class, PatchTaskVariablesCmd.class,
      PatchExecutionVariablesCmd.class, RemoveTaskVariablesCmd.class, RemoveExecutionVariablesCmd.class);
  private static final Set<Class<?>> TASK_VARIABLE_WRITES = Set.of(
      SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class);
  private static final Set<Class<?>> ADMINS_ONLY = Set.of(
      SetVariablesToProcessInstancesBatchCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
      MessageEventReceivedCmd.class, CorrelateAllMessageBatchCmd.class,
      AddGroupIdentityLinkCmd.class, AddUserIdentityLinkCmd.class, DeleteGroupIdentityLinkCmd.class,
      DeleteUserIdentityLinkCmd.class,
      GetExternalTaskErrorDetailsCmd.class, GetHistoricExternalTaskLogErrorDetailsCmd.class,
      GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class);
  private static final Set<Class<?>> STATISTICS = Set.of(
      ProcessDefinitionStatisticsQueryImpl.class, ActivityStatisticsQueryImpl.class,
      DeploymentStatisticsQueryImpl.class, HistoricActivityStatisticsQueryImpl.class,
      HistoricDecisionInstanceStatisticsQueryImpl.class, HistoricCaseActivityStatisticsQueryImpl.class,
      BatchStatisticsQueryImpl.class);

  enum Caller { PLATFORM, ADMIN, ANALYST, CASEWORKER }

  private final ProcessEngineConfigurationImpl engine;
  private final DeployedForms forms;
  private final CaseIdentity caseIdentity;

  CommandDoors(ProcessEngineConfigurationImpl engine, DeployedForms forms) {
    this.engine = engine;
    this.forms = forms;
    this.caseIdentity = new CaseIdentity();
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      Caller caller = callerOf(user);
      if (caller != Caller.PLATFORM) {
        check(command, caller, user);
      }
    }
    return next.execute(command);
  }

  static Caller callerOf(Authentication user) {
    if (user == null) {
      return Caller.PLATFORM;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.contains(ROLE_WORKERS)) {
      return Caller.PLATFORM;
    }
    if (groups.contains(ROLE_ADMINS)) {
      return Caller.ADMIN;
    }
    return groups.contains(ROLE_ANALYSTS) ? Caller.ANALYST : Caller.CASEWORKER;
  }

  private void check(Command<?> command, Caller caller, Authentication user) {
    Class<?> type = command.getClass();
    boolean admin = caller == Caller.ADMIN;
    if (RESHAPING.contains(type)) {
      require(caller != Caller.CASEWORKER, "refusal.door.reshaping");
    } else if (ADMINS_ONLY.contains(type)) {
      require(admin, "refusal.door.admins-only", describe(type));
    } else if (STATISTICS.contains(type)) {
      require(caller != Caller.CASEWORKER, "refusal.door.statistics");
    } else if (VARIABLE_WRITES.contains(type)) {
      require(admin, "refusal.door.variables-by-forms");
      checkAdminVariableWrite(command);
    } else if (command instanceof StartProcessInstanceCmd) {
      CommandInputs.instantiation(command).ifPresent(start -> {
        checkStart(start.getBusinessKey(),
            start.getModificationBuilder().isSkipCustomListeners() || start.getModificationBuilder().isSkipIoMappings());
        checkStartFormValues(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
      });
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(CommandInputs.text(command, "businessKey"), false);
      checkStartFormValues(CommandInputs.text(command, "processDefinitionId"), null, CommandInputs.variables(command, "variables"));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      checkCorrelation((MessageCorrelationBuilderImpl) CommandInputs.read(command, "builder"), caller);
    } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      checkTaskSubmission(CommandInputs.text(command, "taskId"),
          CommandInputs.variables(command, "variables", "properties"));
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      checkTaskSubmission(CommandInputs.text(command, "taskId"), CommandInputs.variables(command, "variables"));
    } else if (!admin) {
      checkPeople(command, user);
    }
  }

  private void checkStart(String businessKey, boolean skipsListeners) {
    require(!skipsListeners, "refusal.door.start-with-listeners");
    if (businessKey != null && !businessKey.isBlank()) {
      throw new RefusedDoor("refusal.door.business-key");
    }
  }

  private void checkCorrelation(MessageCorrelationBuilderImpl correlation, Caller caller) {
    boolean startOnly = Boolean.TRUE.equals(CommandInputs.read(correlation, "startMessagesOnly"));
    require(caller == Caller.ADMIN || startOnly,
        "refusal.door.messages");
    if (caller != Caller.ADMIN) {
      checkStart(correlation.getBusinessKey(), false);
      require(correlation.getPayloadProcessInstanceVariablesLocal() == null
              || correlation.getPayloadProcessInstanceVariablesLocal().isEmpty(),
          "refusal.door.report-local-variables");
    }
  }

  /** The fields of the task's form, and the child and the regions unchanged. */
  private void checkTaskSubmission(String taskId, Map<String, Object> variables) {
    if (variables.isEmpty() || taskId == null) {
      return;
    }
    Task task = asPlatform(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return; // the engine answers for an unknown task
    }
    Map<String, FormRequirements.Field> fields = asPlatform(() -> forms.fields(engine.getFormService(), task));
    // first who may write what (403), then whether the values meet the form's rules (400)
    for (var entry : variables.entrySet()) {
      String name = entry.getKey();
      FormRequirements.Field field = fields.get(name);
      if (CaseIdentity.REGION_VARIABLES.contains(name)) {
        require(unchanged(taskId, name, entry.getValue()), "refusal.door.case-identity", name);
      } else {
        require(field != null, "refusal.door.not-a-form-field", name, task.getName());
        require(field.editable() || unchanged(taskId, name, entry.getValue()),
            "refusal.door.read-only-field", name, task.getName());
      }
    }
    checkEditableValues(fields, variables);
  }

  /** The values sent for a form's editable fields meet its rules; other names were judged by the doors. */
  private static void checkEditableValues(Map<String, FormRequirements.Field> fields, Map<String, Object> variables) {
    variables.forEach((name, value) -> {
      FormRequirements.Field field = fields.get(name);
      if (field != null && field.editable()) {
        FormInput.check(field, value);
      }
    });
  }

  private boolean unchanged(String taskId, String name, Object given) {
    return sameValue(asPlatform(() -> engine.getTaskService().getVariable(taskId, name)), given);
  }

  /** A start form's values meet its rules; variables the start form does not have are for the start listeners. */
  private void checkStartFormValues(String definitionId, String definitionKey, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    String id = definitionId != null ? definitionId : asPlatform(() -> {
      var latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(definitionKey)
          .withoutTenantId().latestVersion().singleResult();
      return latest == null ? null : latest.getId();
    });
    if (id == null) {
      return; // the engine answers for an unknown process
    }
    checkEditableValues(asPlatform(() -> forms.startFields(engine.getFormService(), id)), variables);
  }

  private void checkAdminVariableWrite(Command<?> command) {
    String entityId = CommandInputs.text(command, "entityId");
    String definitionId = asPlatform(() -> TASK_VARIABLE_WRITES.contains(command.getClass())
        ? definitionOfTask(entityId) : definitionOfExecution(entityId));
    if (definitionId == null) {
      return;
    }
    Set<String> fixed = asPlatform(() -> caseIdentity.variables(engine.getRepositoryService(), definitionId));
    CommandInputs.variables(command, "variables", "variableNames", "deletions").keySet().stream()
        .filter(fixed::contains)
        .findFirst()
        .ifPresent(name -> {
          throw new RefusedDoor("refusal.door.platform-variable", name);
        });
  }

  /** Claims, assignments, delegations and owners stay with the people the task is meant for. */
  private void checkPeople(Command<?> command, Authentication user) {
    if (command instanceof ClaimTaskCmd) {
      String userId = CommandInputs.text(command, "userId");
      require(userId == null || userId.equals(user.getUserId()), "refusal.door.claim-for-oneself");
    } else if (command instanceof AssignTaskCmd || command instanceof SetTaskOwnerCmd || command instanceof DelegateTaskCmd) {
      checkWorksOn(CommandInputs.text(command, "taskId"), CommandInputs.text(command, "userId"), user);
    } else if (command instanceof SaveTaskCmd) {
      Task changed = (Task) CommandInputs.read(command, "task");
      Task stored = changed.getId() == null ? null
          : asPlatform(() -> engine.getTaskService().createTaskQuery().taskId(changed.getId()).singleResult());
      if (stored != null) {
        if (!Objects.equals(stored.getAssignee(), changed.getAssignee())) {
          checkWorksOn(stored.getId(), changed.getAssignee(), user);
        }
        if (!Objects.equals(stored.getOwner(), changed.getOwner())) {
          checkWorksOn(stored.getId(), changed.getOwner(), user);
        }
      }
    } else if (command instanceof GroupQueryImpl groups) {
      require(groups.getUserId() == null || groups.getUserId().equals(user.getUserId()),
          "refusal.door.own-memberships");
    } else if (command instanceof UserQueryImpl users) {
      require(users.getGroupId() == null || (user.getGroupIds() != null && user.getGroupIds().contains(users.getGroupId())),
          "refusal.door.own-groups-members");
    }
  }

  private void checkWorksOn(String taskId, String person, Authentication user) {
    if (person == null || person.equals(user.getUserId()) || taskId == null) {
      return;
    }
    boolean candidate = asPlatform(() -> engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> "candidate".equals(link.getType()) && (person.equals(link.getUserId())
            || (link.getGroupId() != null && engine.getIdentityService().createUserQuery()
                .userId(person).memberOfGroup(link.getGroupId()).count() > 0))));
    require(candidate, "refusal.door.not-a-candidate", person);
  }

  private String definitionOfTask(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : task.getProcessDefinitionId();
  }

  private String definitionOfExecution(String executionId) {
    var execution = engine.getRuntimeService().createExecutionQuery().executionId(executionId).singleResult();
    if (execution == null) {
      return null;
    }
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).singleResult().getProcessDefinitionId();
  }

  private <T> T asPlatform(Supplier<T> work) {
    return Privileged.asPlatform(engine.getIdentityService(), work);
  }

  private static boolean sameValue(Object current, Object given) {
    Object value = given instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : given;
    if (current == null || value == null) {
      return current == value;
    }
    return current.toString().equals(value.toString());
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName().replace("Cmd", "");
  }

  private static void require(boolean allowed, String refusalKey, Object... args) {
    if (!allowed) {
      throw new RefusedDoor(refusalKey, args);
    }
  }
}
