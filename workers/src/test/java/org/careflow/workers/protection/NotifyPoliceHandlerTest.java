package org.careflow.workers.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.notification.OnceOnlyMailer;
import org.careflow.workers.notification.RegionContacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.mail.MailSendException;

class NotifyPoliceHandlerTest {

  ProtectionRecords records = mock(ProtectionRecords.class);
  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  NotifyPoliceHandler handler = new NotifyPoliceHandler(records, contacts, mailer,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void childLivingAloneInQingshan() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
    when(task.getVariable("countyCode")).thenReturn("qingshan");
    when(task.getVariable("childId")).thenReturn(12L);
    when(task.getVariable("villageCode")).thenReturn("lianhua");
    when(task.getVariable("townshipCode")).thenReturn("hetang");
    when(task.getVariable("childLivingAlone")).thenReturn(true);
    when(task.getVariable("domesticViolence")).thenReturn(false);
    when(task.getVariable("situationDescription")).thenReturn("Neighbours say the boy has been alone for weeks.");
    when(task.getVariable("reporterName")).thenReturn("Wang Fang");
  }

  @Test
  void mailsTheCountysPoliceLiaisonThenRecordsTheNotification() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));

    handler.execute(task, service);

    var body = ArgumentCaptor.forClass(String.class);
    InOrder order = inOrder(mailer, records, service);
    order.verify(mailer).sendOnce(eq("pi-1"), eq("POLICE_REPORT"), eq("liaison@police.example.org"),
        eq("Mandatory report to the police: CP-2026-000007"), body.capture());
    order.verify(records).recordPoliceNotification("CP-2026-000007", "liaison@police.example.org");
    order.verify(service).complete(task);
    assertThat(body.getValue())
        .contains("CP-2026-000007", "Child record: 12", "lianhua", "hetang",
            "the child lives alone without a guardian", "alone for weeks", "Wang Fang", "police reference")
        .doesNotContain("domestic violence");
  }

  @Test
  void mailServerDownIsRetriedAndNothingIsRecorded() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));
    when(mailer.sendOnce(any(), any(), any(), any(), any())).thenThrow(new MailSendException("Connection refused"));
    when(task.getRetries()).thenReturn(3);

    handler.execute(task, service);

    // a mail server that does not answer is waited for longer: the sixth of eight tries waits the capped 30 steps
    verify(service).handleFailure(eq(task), contains("Connection refused"), anyString(), eq(2), eq(30_000L));
    verify(service, never()).complete(any());
    verify(records, never()).recordPoliceNotification(any(), any());
  }

  @Test
  void aCountyWithoutPoliceLiaisonFailsInsteadOfSkippingTheReport() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of());
    when(task.getRetries()).thenReturn(1);

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("no police liaison"), anyString(), eq(0), anyLong());
    verify(mailer, never()).sendOnce(any(), any(), any(), any(), any());
    verify(service, never()).complete(any());
  }
}
