package org.careflow.workers.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.notification.OnceOnlyMailer;
import org.careflow.workers.notification.RegionContacts;
import org.careflow.workers.notification.RegionContacts.CountyContact;
import org.springframework.stereotype.Component;

/**
 * Tells a child director or supervisor, and their county, that the yearly training is due or that
 * the certification has lapsed. One mail per notice and certification period.
 */
@Component
@HandlesTopic(TOPIC_MAIL_TRAINING_NOTICE)
public class MailTrainingNoticeHandler extends TopicHandler {

  enum Notice { REFRESHER_DUE, LAPSED }

  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;

  public MailTrainingNoticeHandler(RegionContacts contacts, OnceOnlyMailer mailer, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    Notice notice = notice(TaskVariables.requiredText(task, VAR_TRAINING_NOTICE));
    String name = TaskVariables.requiredText(task, VAR_FULL_NAME);
    String userId = TaskVariables.requiredText(task, VAR_STAFF_USER_ID);
    String region = TaskVariables.requiredText(task, VAR_REGION_CODE);
    LocalDate certifiedUntil = TaskVariables.requiredDate(task, VAR_CERTIFIED_UNTIL);
    String person = "%s (%s, %s)".formatted(name, userId, region);
    String subject;
    String body;
    if (notice == Notice.REFRESHER_DUE) {
      subject = "Training due: " + name + " (" + userId + ") must pass the assessment again by " + certifiedUntil;
      body = """
          The yearly training certification of %s ends on %s.

          The county's civil-affairs office has the refresher training and assessment open. A pass before
          that day keeps the village's or township's work with them; without one they are taken off it
          on that day until they pass.
          """.formatted(person, certifiedUntil);
    } else {
      subject = "Training lapsed: " + name + " (" + userId + ") is off the task groups until passing again";
      body = """
          The yearly training certification of %s ended on %s without a new pass.

          They have been taken off the village's or township's task groups, and the tasks they had
          claimed went back to the group for others to take. They get the work back as soon as they pass
          the training assessment again; the county's civil-affairs office has it open.
          """.formatted(person, certifiedUntil);
    }
    mailer.sendOnceToAll(task.getProcessInstanceId(), "TRAINING_" + notice.name() + ":" + certifiedUntil,
        recipients(task, notice), subject, body);
    service.complete(task);
  }

  private List<String> recipients(ExternalTask task, Notice notice) {
    String county = TaskVariables.requiredText(task, VAR_COUNTY);
    List<String> recipients = new ArrayList<>();
    recipients.add(TaskVariables.requiredText(task, VAR_EMAIL));
    List<String> countyMailboxes = notice == Notice.LAPSED
        ? contacts.county(county, CountyContact.CIVIL_AFFAIRS_OFFICE, CountyContact.MANAGERS)
        : contacts.county(county, CountyContact.CIVIL_AFFAIRS_OFFICE);
    if (countyMailboxes.isEmpty()) {
      throw new IllegalStateException("County '" + county + "' has no civil-affairs office e-mail on record");
    }
    recipients.addAll(countyMailboxes);
    return recipients;
  }

  private static Notice notice(String name) {
    try {
      return Notice.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Unknown training notice '" + name + "'");
    }
  }
}
