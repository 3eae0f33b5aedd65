package org.careflow.workers.guardianship;

import static org.careflow.contract.EntrustedGuardianship.*;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.notification.OnceOnlyMailer;
import org.careflow.workers.notification.RegionContacts;
import org.springframework.stereotype.Component;

/** Mails the township supervisor a receipt for a filed confirmation, once. */
@Component
@HandlesTopic(TOPIC_MAIL_RECEIPT)
public class MailReceiptHandler extends TopicHandler {

  static final String KIND = "GUARDIANSHIP_RECEIPT";

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;

  public MailReceiptHandler(RegionContacts contacts, OnceOnlyMailer mailer, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String township = TaskVariables.requiredText(task, Jurisdiction.VAR_TOWNSHIP);
    String recipient = contacts.townshipOffice(township)
        .orElseThrow(() -> new IllegalStateException("Township '" + township + "' has no office e-mail on record"));
    String caseNumber = task.getBusinessKey();
    String subject = "Entrusted guardianship confirmed: " + caseNumber;
    String body = """
        The confirmation of entrusted guardianship for case %s has been signed and filed.

        Child record: %s
        Village: %s
        Entrusted guardian: %s (%s), phone %s
        Signed on: %s
        Parents leave on: %s, to: %s
        """.formatted(
        caseNumber,
        TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID),
        TaskVariables.text(task, Jurisdiction.VAR_VILLAGE),
        TaskVariables.text(task, VAR_GUARDIAN_NAME),
        TaskVariables.text(task, VAR_GUARDIAN_RELATIONSHIP),
        TaskVariables.text(task, VAR_GUARDIAN_PHONE),
        TaskVariables.text(task, VAR_SIGNED_ON),
        TaskVariables.text(task, VAR_PARENTS_LEAVE_ON),
        TaskVariables.text(task, VAR_PARENTS_DESTINATION));
    mailer.sendOnce(task.getProcessInstanceId(), KIND, recipient, subject, body);
    service.complete(task);
  }
}
