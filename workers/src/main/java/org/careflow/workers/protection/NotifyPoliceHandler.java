package org.careflow.workers.protection;

import static org.careflow.contract.Decisions.*;
import static org.careflow.contract.ProtectionCase.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.notification.MailTemplate;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.HandlesTopic;
import org.careflow.workers.TaskVariables;
import org.careflow.workers.TopicHandler;
import org.careflow.workers.WorkerProperties;
import org.springframework.stereotype.Component;

/** Makes the mandatory report to the county's police liaison and records that it was made. */
@Component
@HandlesTopic(TOPIC_NOTIFY_POLICE)
public class NotifyPoliceHandler extends TopicHandler {

  static final String KIND = "POLICE_REPORT";

  /** The situation flags of a report, in the order the mail lists them (phrases {@code situation.<flag>}). */
  static final List<String> SITUATION_FLAGS = REPORT_SITUATIONS;

  private final ProtectionRecords records;
  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;
  private final MailTemplates texts;
  private final Clock clock;

  public NotifyPoliceHandler(ProtectionRecords records, RegionContacts contacts, OnceOnlyMailer mailer,
      MailTemplates texts, Clock clock, WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
    this.contacts = contacts;
    this.mailer = mailer;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String county = TaskVariables.requiredText(task, Jurisdiction.VAR_COUNTY);
    String recipient = contacts.county(county, RegionContacts.CountyContact.POLICE_LIAISON).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("County '" + county + "' has no police liaison e-mail on record"));
    String caseNumber = task.getBusinessKey();
    MailTemplates.Mail mail = texts.render(MailTemplate.POLICE_REPORT, values(task, caseNumber));
    mailer.sendOnce(task.getProcessInstanceId(), KIND, recipient, mail.subject(), mail.body());
    records.recordPoliceNotification(caseNumber, recipient);
    service.complete(task);
  }

  private Map<String, Object> values(ExternalTask task, String caseNumber) {
    String situations = SITUATION_FLAGS.stream()
        .filter(flag -> TaskVariables.flag(task, flag))
        .map(flag -> texts.phrase("situation.line", Map.of("situation", texts.phrase("situation." + flag))))
        .collect(Collectors.joining("\n"));
    Map<String, Object> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("childId", TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID));
    values.put("village", contacts.name(TaskVariables.text(task, Jurisdiction.VAR_VILLAGE)));
    values.put("township", contacts.name(TaskVariables.text(task, Jurisdiction.VAR_TOWNSHIP)));
    values.put("reportedOn", LocalDate.now(clock));
    values.put("situations", situations.isEmpty() ? texts.phrase("situation.none") : situations);
    // the report's personal data is in the case record, not in the variables (REPORT_PERSONAL_DATA)
    ProtectionRecords.Report report = records.report(caseNumber)
        .orElseThrow(() -> new IllegalStateException("Case " + caseNumber + " has no case record to report from"));
    values.put("situation", report.situation());
    values.put("reporterName", report.reporterName());
    values.put("reporterPhone", report.reporterPhone());
    values.put("channel", texts.phraseOr("channel.", TaskVariables.text(task, VAR_REPORT_CHANNEL)));
    return values;
  }
}
