package org.careflow.workers.guardianship;

import static org.careflow.contract.EntrustedGuardianship.*;

import java.util.HashMap;
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

/** Mails the township supervisor a receipt for a filed confirmation, once. */
@Component
@HandlesTopic(TOPIC_MAIL_RECEIPT)
public class MailReceiptHandler extends TopicHandler {

  static final String KIND = "GUARDIANSHIP_RECEIPT";

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;
  private final MailTemplates texts;

  public MailReceiptHandler(RegionContacts contacts, OnceOnlyMailer mailer, MailTemplates texts, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
    this.texts = texts;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String township = TaskVariables.requiredText(task, Jurisdiction.VAR_TOWNSHIP);
    String recipient = contacts.townshipOffice(township)
        .orElseThrow(() -> new IllegalStateException("Township '" + township + "' has no office e-mail on record"));
    String caseNumber = task.getBusinessKey();
    Map<String, Object> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("childId", TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID));
    values.put("village", contacts.name(TaskVariables.text(task, Jurisdiction.VAR_VILLAGE)));
    values.put("guardianName", TaskVariables.text(task, VAR_GUARDIAN_NAME));
    values.put("guardianRelationship", texts.phraseOr("relationship.", TaskVariables.text(task, VAR_GUARDIAN_RELATIONSHIP)));
    values.put("guardianPhone", TaskVariables.text(task, VAR_GUARDIAN_PHONE));
    values.put("signedOn", texts.date(TaskVariables.text(task, VAR_SIGNED_ON)));
    values.put("parentsLeaveOn", texts.date(TaskVariables.text(task, VAR_PARENTS_LEAVE_ON)));
    values.put("parentsDestination", TaskVariables.text(task, VAR_PARENTS_DESTINATION));
    MailTemplates.Mail mail = texts.render(MailTemplate.GUARDIANSHIP_RECEIPT, values);
    mailer.sendOnce(task.getProcessInstanceId(), KIND, recipient, mail.subject(), mail.body());
    service.complete(task);
  }
}
