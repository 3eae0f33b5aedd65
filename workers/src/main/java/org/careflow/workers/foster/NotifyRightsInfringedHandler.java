package org.careflow.workers.foster;

import static org.careflow.contract.FosterCare.*;

import java.util.List;
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

  public NotifyRightsInfringedHandler(RegionContacts contacts, OnceOnlyMailer mailer, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
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
    String body = """
        In foster care case %s, the foster child's rights were infringed.

        Child record: %s
        Ground: %s
        Notes: %s

        The foster relationship has been terminated. The foster family is to be held responsible
        according to law; please take it up, quoting case %s.
        """.formatted(
        caseNumber,
        TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID),
        FosterVariables.words(ground),
        notes == null || notes.isBlank() ? "none given" : notes.trim(),
        caseNumber);
    mailer.sendOnceToAll(task.getProcessInstanceId(), KIND, recipients,
        "Child's rights infringed in foster care: " + caseNumber, body);
    service.complete(task);
  }
}
