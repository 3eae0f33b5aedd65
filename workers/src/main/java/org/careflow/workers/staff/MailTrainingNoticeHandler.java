package org.careflow.workers.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.notification.MailTemplate;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts.CountyContact;
import org.careflow.records.notification.RegionContacts;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
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
  private final MailTemplates texts;

  public MailTrainingNoticeHandler(RegionContacts contacts, OnceOnlyMailer mailer, MailTemplates texts,
      WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.contacts = contacts;
    this.mailer = mailer;
    this.texts = texts;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    Notice notice = notice(TaskVariables.requiredText(task, VAR_TRAINING_NOTICE));
    String name = TaskVariables.requiredText(task, VAR_FULL_NAME);
    String userId = TaskVariables.requiredText(task, VAR_STAFF_USER_ID);
    String region = TaskVariables.requiredText(task, VAR_REGION_CODE);
    LocalDate certifiedUntil = TaskVariables.requiredDate(task, VAR_CERTIFIED_UNTIL);
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("userId", userId);
    values.put("region", contacts.name(region));
    values.put("certifiedUntil", certifiedUntil);
    MailTemplates.Mail mail = texts.render(
        notice == Notice.REFRESHER_DUE ? MailTemplate.TRAINING_REFRESHER_DUE : MailTemplate.TRAINING_LAPSED, values);
    mailer.sendOnceToAll(task.getProcessInstanceId(), "TRAINING_" + notice.name() + ":" + certifiedUntil,
        recipients(task, notice), mail.subject(), mail.body());
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
