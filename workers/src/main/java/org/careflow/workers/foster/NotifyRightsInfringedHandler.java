package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

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
 * Tells the county's civil affairs office, police liaison and managers that a foster child's
 * rights were infringed, so that the family is held responsible.
 */
@Component
@HandlesTopic(TOPIC_NOTIFY_RIGHTS_INFRINGED)
public class NotifyRightsInfringedHandler extends TopicHandler {

  static final String KIND = "RIGHTS_INFRINGED";

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;
  private final MailTemplates texts;

  public NotifyRightsInfringedHandler(RegionContacts contacts, OnceOnlyMailer mailer, MailTemplates texts,
      WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
    this.texts = texts;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String caseNumber = task.getBusinessKey();
    TerminationGround ground = FosterVariables.ground(TaskVariables.requiredText(task, VAR_TERMINATION_GROUND));
    String county = TaskVariables.requiredText(task, Jurisdiction.VAR_COUNTY);
    List<String> recipients = contacts.county(county, RegionContacts.CountyContact.values());
    if (recipients.isEmpty()) {
      throw new IllegalStateException("County '" + county
          + "' has no office, police liaison or managers e-mail on record");
    }
    String notes = TaskVariables.text(task, VAR_TERMINATION_NOTES);
    Map<String, Object> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("childId", TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID));
    values.put("ground", texts.phrase("ground." + ground.name()));
    values.put("notes", notes == null ? null : notes.trim());
    MailTemplates.Mail mail = texts.render(MailTemplate.RIGHTS_INFRINGED, values);
    mailer.sendOnceToAll(task.getProcessInstanceId(), KIND, recipients, mail.subject(), mail.body());
    service.complete(task);
  }
}
