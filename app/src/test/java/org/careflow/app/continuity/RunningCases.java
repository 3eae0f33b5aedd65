package org.careflow.app.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Everything the engine holds about the cases that are still running, one sorted line per fact:
 * process instances with their activity trees, every runtime variable (serialized values as
 * stored), user tasks with their candidates, due dates and forms, timers and other jobs, external
 * tasks, message subscriptions, incidents, and the grants on single cases and tasks. Written the
 * same way by the Camunda build and by the Operaton build (this class goes through the same
 * rewriting), so two manifests are equal exactly when the engines see the same running cases.
 */
final class RunningCases {

  private RunningCases() {
  }

  static List<String> of(ProcessEngine engine) {
    List<String> lines = new ArrayList<>();
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var management = engine.getManagementService();

    runtime.createProcessInstanceQuery().list().forEach(instance -> {
      lines.add("instance " + instance.getId() + " key=" + instance.getBusinessKey()
          + " definition=" + instance.getProcessDefinitionId() + " root=" + instance.getRootProcessInstanceId()
          + " suspended=" + instance.isSuspended());
      ActivityInstance tree = runtime.getActivityInstance(instance.getId());
      if (tree != null) {
        activities(instance.getId(), tree, "", lines);
      }
    });
    runtime.createVariableInstanceQuery().disableCustomObjectDeserialization().list()
        .forEach(variable -> lines.add("variable " + variable.getId() + " " + variable.getName()
            + " instance=" + variable.getProcessInstanceId() + " execution=" + variable.getExecutionId()
            + " task=" + variable.getTaskId() + " " + value(variable)));
    tasks.createTaskQuery().initializeFormKeys().list().forEach(task -> {
      CamundaFormRef form = task.getCamundaFormRef();
      lines.add("task " + task.getId() + " " + task.getTaskDefinitionKey() + " name=" + task.getName()
          + " instance=" + task.getProcessInstanceId() + " execution=" + task.getExecutionId()
          + " assignee=" + task.getAssignee() + " owner=" + task.getOwner() + " priority=" + task.getPriority()
          + " created=" + instant(task.getCreateTime()) + " due=" + instant(task.getDueDate())
          + " followUp=" + instant(task.getFollowUpDate()) + " suspended=" + task.isSuspended()
          + " formKey=" + task.getFormKey()
          + " form=" + (form == null ? null : form.getKey() + "/" + form.getBinding() + "/" + form.getVersion()));
      tasks.getIdentityLinksForTask(task.getId()).forEach(link -> lines.add("task " + task.getId() + " link "
          + link.getType() + " group=" + link.getGroupId() + " user=" + link.getUserId()));
    });
    management.createJobQuery().list().stream().filter(job -> job.getProcessInstanceId() != null)
        .forEach(job -> lines.add("job " + job.getId() + " instance=" + job.getProcessInstanceId()
            + " execution=" + job.getExecutionId() + " definition=" + job.getJobDefinitionId()
            + " due=" + instant(job.getDuedate()) + " retries=" + job.getRetries() + " suspended=" + job.isSuspended()
            + " priority=" + job.getPriority() + " exception=" + job.getExceptionMessage()));
    management.createJobDefinitionQuery().list().stream()
        .filter(definition -> caseDefinitions(engine).contains(definition.getProcessDefinitionId()))
        .forEach(definition -> lines.add("job-definition " + definition.getId() + " "
            + definition.getProcessDefinitionId() + " " + definition.getActivityId() + " " + definition.getJobType() + " "
            + definition.getJobConfiguration() + " suspended=" + definition.isSuspended()));
    engine.getExternalTaskService().createExternalTaskQuery().list().forEach(task -> lines.add("external-task "
        + task.getId() + " " + task.getTopicName() + " " + task.getActivityId() + " instance=" + task.getProcessInstanceId()
        + " retries=" + task.getRetries() + " worker=" + task.getWorkerId() + " lockedUntil="
        + instant(task.getLockExpirationTime()) + " priority=" + task.getPriority() + " error=" + task.getErrorMessage()));
    runtime.createEventSubscriptionQuery().list().stream().filter(subscription -> subscription.getProcessInstanceId() != null)
        .forEach(subscription -> lines.add("subscription "
        + subscription.getId() + " " + subscription.getEventType() + " " + subscription.getEventName() + " "
        + subscription.getActivityId() + " instance=" + subscription.getProcessInstanceId()
        + " execution=" + subscription.getExecutionId()));
    runtime.createIncidentQuery().list().forEach(incident -> lines.add("incident " + incident.getId() + " "
        + incident.getIncidentType() + " " + incident.getActivityId() + " instance=" + incident.getProcessInstanceId()
        + " configuration=" + incident.getConfiguration() + " message=" + incident.getIncidentMessage()));
    grants(engine, Resources.PROCESS_INSTANCE.resourceType(), lines);
    grants(engine, Resources.TASK.resourceType(), lines);

    lines.sort(null);
    return lines;
  }

  /**
   * What waits to start new cases: timer start events (with their next due date) and message start
   * events. They belong to the deployed models, not to a case: a new deployment of a model moves
   * them to the new version, so they are listed by model key and element, not by id.
   */
  static List<String> startEvents(ProcessEngine engine) {
    List<String> lines = new ArrayList<>();
    var management = engine.getManagementService();
    // the engine's own history clean-up job belongs to no model (no job definition) and is not listed
    management.createJobQuery().list().stream()
        .filter(job -> job.getProcessInstanceId() == null && job.getJobDefinitionId() != null).forEach(job -> {
      var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
      lines.add("start-timer " + job.getProcessDefinitionKey() + " " + definition.getActivityId()
          + " due=" + instant(job.getDuedate()) + " retries=" + job.getRetries());
    });
    engine.getRuntimeService().createEventSubscriptionQuery().list().stream()
        .filter(subscription -> subscription.getProcessInstanceId() == null)
        .forEach(subscription -> lines.add("start-" + subscription.getEventType() + " " + subscription.getEventName()
            + " " + subscription.getActivityId()));
    lines.sort(null);
    return lines;
  }

  /** How many lines of each kind: a manifest without cases proves nothing. */
  static long count(Collection<String> manifest, String kind) {
    return manifest.stream().filter(line -> line.startsWith(kind + " ")).count();
  }

  /** The model versions the running cases are on. */
  private static java.util.Set<String> caseDefinitions(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .map(instance -> instance.getProcessDefinitionId()).collect(Collectors.toSet());
  }

  private static void activities(String instanceId, ActivityInstance activity, String path, List<String> lines) {
    String here = path + "/" + activity.getActivityId();
    lines.add("activity " + instanceId + " " + here + " id=" + activity.getId());
    for (TransitionInstance transition : activity.getChildTransitionInstances()) {
      lines.add("transition " + instanceId + " " + here + "/" + transition.getActivityId() + " id=" + transition.getId());
    }
    for (ActivityInstance child : activity.getChildActivityInstances()) {
      activities(instanceId, child, here, lines);
    }
  }

  private static String value(VariableInstance variable) {
    TypedValue typed = variable.getTypedValue();
    if (typed instanceof ObjectValue object) {
      return "type=object format=" + object.getSerializationDataFormat() + " class=" + object.getObjectTypeName()
          + " value=" + object.getValueSerialized();
    }
    Object value = typed == null ? null : typed.getValue();
    String shown = value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes)
        : value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
    return "type=" + variable.getTypeName() + " value=" + shown;
  }

  private static void grants(ProcessEngine engine, int resourceType, List<String> lines) {
    for (Authorization grant : engine.getAuthorizationService().createAuthorizationQuery().resourceType(resourceType).list()) {
      if (Authorization.ANY.equals(grant.getResourceId())) {
        continue; // a role's grant on every instance or task belongs to the access setup, not to a case
      }
      String permissions = Arrays.stream(grant.getPermissions(Permissions.values()))
          .map(permission -> permission.getName()).sorted().collect(Collectors.joining(","));
      lines.add("grant " + grant.getId() + " type=" + grant.getAuthorizationType() + " group=" + grant.getGroupId()
          + " user=" + grant.getUserId() + " resource=" + grant.getResourceType() + "/" + grant.getResourceId()
          + " permissions=" + permissions);
    }
  }

  private static String instant(Date date) {
    return date == null ? null : Instant.ofEpochMilli(date.getTime()).toString();
  }
}
