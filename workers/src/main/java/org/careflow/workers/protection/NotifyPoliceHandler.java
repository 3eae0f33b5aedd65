package org.careflow.workers.protection;

import static org.careflow.contract.Decisions.*;
import static org.careflow.contract.ProtectionCase.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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

/** Makes the mandatory report to the county's police liaison and records that it was made. */
@Component
@HandlesTopic(TOPIC_NOTIFY_POLICE)
public class NotifyPoliceHandler extends TopicHandler {

  static final String KIND = "POLICE_REPORT";

  private static final Map<String, String> SITUATIONS = new LinkedHashMap<>();

  static {
    SITUATIONS.put(IN_CHILD_LIVING_ALONE, "the child lives alone without a guardian");
    SITUATIONS.put(IN_CHILD_MISSING, "the child is missing");
    SITUATIONS.put(IN_GUARDIAN_INCAPACITATED, "the guardian is unable to care for the child");
    SITUATIONS.put(IN_GUARDIAN_NEGLECT, "the guardian neglects the child");
    SITUATIONS.put(IN_DOMESTIC_VIOLENCE, "domestic violence");
    SITUATIONS.put(IN_SEVERE, "the child is in serious danger");
  }

  private final ProtectionRecords records;
  private final RegionContacts contacts;
  private final OnceOnlyMailer mailer;

  public NotifyPoliceHandler(ProtectionRecords records, RegionContacts contacts, OnceOnlyMailer mailer,
      WorkerProperties properties) {
    super(properties.retryBackoffOrDefault());
    this.records = records;
    this.contacts = contacts;
    this.mailer = mailer;
  }

  @Override
  protected void handle(ExternalTask task, ExternalTaskService service) {
    String county = TaskVariables.requiredText(task, Jurisdiction.VAR_COUNTY);
    String recipient = contacts.county(county, RegionContacts.CountyContact.POLICE_LIAISON).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("County '" + county + "' has no police liaison e-mail on record"));
    String caseNumber = task.getBusinessKey();
    mailer.sendOnce(task.getProcessInstanceId(), KIND, recipient,
        "Mandatory report to the police: " + caseNumber, body(task, caseNumber));
    records.recordPoliceNotification(caseNumber, recipient);
    service.complete(task);
  }

  private static String body(ExternalTask task, String caseNumber) {
    String situations = SITUATIONS.entrySet().stream()
        .filter(s -> TaskVariables.flag(task, s.getKey()))
        .map(s -> "- " + s.getValue())
        .collect(Collectors.joining("\n"));
    return """
        The civil affairs office reports a child in need of protection, as the law requires.

        Case: %s
        Child record: %s
        Village: %s, township: %s

        What applies:
        %s

        Situation as reported:
        %s

        Reported by: %s, phone %s (channel %s)

        Please acknowledge this report by replying with your police reference and quoting case %s.
        """.formatted(
        caseNumber,
        TaskVariables.text(task, Jurisdiction.VAR_CHILD_ID),
        TaskVariables.text(task, Jurisdiction.VAR_VILLAGE),
        TaskVariables.text(task, Jurisdiction.VAR_TOWNSHIP),
        situations.isEmpty() ? "- nothing ticked; see the situation below" : situations,
        TaskVariables.text(task, VAR_SITUATION),
        TaskVariables.text(task, VAR_REPORTER_NAME),
        TaskVariables.text(task, VAR_REPORTER_PHONE),
        TaskVariables.text(task, VAR_REPORT_CHANNEL),
        caseNumber);
  }
}
