package org.careflow.workers.notification;

import static org.careflow.contract.ProtectionCase.*;

import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/**
 * Tells those in charge that a deadline of a case has passed. The overdue work stays open: a
 * non-interrupting timer raised this.
 */
@Component
@HandlesTopic(TOPIC_NOTIFY_ESCALATION)
public class NotifyEscalationHandler extends TopicHandler {

  enum Kind {
    POLICE_ACKNOWLEDGEMENT("the police's acknowledgement of the mandatory report"),
    TRIAGE("the triage of the report"),
    FIRST_RESPONSE("the first response to the child"),
    MISSED_VISIT("the visit to the child"),
    INTEGRATION_DECISION("the decision on the foster integration period (day 90)");

    final String what;

    Kind(String what) {
      this.what = what;
    }
  }

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;

  public NotifyEscalationHandler(RegionContacts contacts, OnceOnlyMailer mailer, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    Kind kind = kind(TaskVariables.requiredText(task, VAR_ESCALATION_KIND));
    List<String> recipients = recipients(task, kind);
    String caseNumber = task.getBusinessKey();
    String subject = "Overdue: " + kind.what + " in case " + caseNumber;
    String body = """
        In case %s, %s is overdue.

        Child record: %s
        Village: %s, township: %s

        Nothing has been cancelled: the work stays open with those assigned to it. Please see that it is done.
        """.formatted(
        caseNumber, kind.what,
        TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID),
        TaskVariables.text(task, Jurisdiction.VAR_VILLAGE),
        TaskVariables.text(task, Jurisdiction.VAR_TOWNSHIP));
    // one mail per timer firing: a retry of this task shares its activity instance, a later firing does not
    String mailKind = "ESCALATION_" + kind.name() + ":" + task.getActivityInstanceId();
    mailer.sendOnceToAll(task.getProcessInstanceId(), mailKind, recipients, subject, body);
    service.complete(task);
  }

  private static Kind kind(String name) {
    try {
      return Kind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Unknown escalation kind '" + name + "'");
    }
  }

  private List<String> recipients(ExternalTask task, Kind kind) {
    if (kind == Kind.MISSED_VISIT) {
      String township = TaskVariables.requiredText(task, Jurisdiction.VAR_TOWNSHIP);
      return List.of(contacts.townshipOffice(township)
          .orElseThrow(() -> new IllegalStateException("Township '" + township + "' has no office e-mail on record")));
    }
    String county = TaskVariables.requiredText(task, Jurisdiction.VAR_COUNTY);
    List<String> recipients = contacts.county(county, RegionContacts.CountyContact.CIVIL_AFFAIRS_OFFICE,
        RegionContacts.CountyContact.MANAGERS);
    if (recipients.isEmpty()) {
      throw new IllegalStateException("County '" + county + "' has no office or managers e-mail on record");
    }
    return recipients;
  }
}
