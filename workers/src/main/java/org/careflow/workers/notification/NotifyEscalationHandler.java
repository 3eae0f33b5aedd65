package org.careflow.workers.notification;

import static org.careflow.contract.ProtectionCase.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.notification.MailTemplate;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
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

  /** What is overdue; its words are the mail phrase {@code escalation.<kind>}. */
  enum Kind { POLICE_ACKNOWLEDGEMENT, TRIAGE, FIRST_RESPONSE, MISSED_VISIT, INTEGRATION_DECISION }

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;
  private final MailTemplates texts;

  public NotifyEscalationHandler(RegionContacts contacts, OnceOnlyMailer mailer, MailTemplates texts,
      WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
    this.texts = texts;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    Kind kind = kind(TaskVariables.requiredText(task, VAR_ESCALATION_KIND));
    List<String> recipients = recipients(task, kind);
    String caseNumber = task.getBusinessKey();
    Map<String, Object> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("what", texts.phrase("escalation." + kind.name()));
    values.put("childId", TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID));
    values.put("village", contacts.name(TaskVariables.text(task, Jurisdiction.VAR_VILLAGE)));
    values.put("township", contacts.name(TaskVariables.text(task, Jurisdiction.VAR_TOWNSHIP)));
    MailTemplates.Mail mail = texts.render(MailTemplate.ESCALATION, values);
    // one mail per timer firing: a retry of this task shares its activity instance, a later firing does not
    String mailKind = "ESCALATION_" + kind.name() + ":" + task.getActivityInstanceId();
    mailer.sendOnceToAll(task.getProcessInstanceId(), mailKind, recipients, mail.subject(), mail.body());
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
