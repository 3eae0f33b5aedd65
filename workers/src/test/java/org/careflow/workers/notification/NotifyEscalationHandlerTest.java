package org.careflow.workers.notification;

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
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotifyEscalationHandlerTest {

  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  NotifyEscalationHandler handler = new NotifyEscalationHandler(contacts, mailer, new MailTemplates("zh-CN"),
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void caseInHetangOfQingshan() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getBusinessKey()).thenReturn("CP-2026-000007");
    when(task.getVariable("townshipCode")).thenReturn("hetang");
    when(task.getVariable("countyCode")).thenReturn("qingshan");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("villageCode")).thenReturn("lianhua");
    when(task.getVariable("childId")).thenReturn(12L);
    when(contacts.name("lianhua")).thenReturn("莲花村");
    when(contacts.name("hetang")).thenReturn("荷塘镇");
  }

  @Test
  void lateFirstResponseGoesToCountyCivilAffairsAndManagersOncePerOccurrence() {
    when(task.getVariable("escalationKind")).thenReturn("FIRST_RESPONSE");
    when(task.getActivityInstanceId()).thenReturn("ServiceTask_EscalateFirstResponseOverdue:ai-9");
    when(contacts.county("qingshan", RegionContacts.CountyContact.CIVIL_AFFAIRS_OFFICE, RegionContacts.CountyContact.MANAGERS))
        .thenReturn(List.of("civil@qingshan.example.org", "managers@qingshan.example.org"));

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-1"),
        eq("ESCALATION_FIRST_RESPONSE:ServiceTask_EscalateFirstResponseOverdue:ai-9"),
        eq(List.of("civil@qingshan.example.org", "managers@qingshan.example.org")),
        eq("【逾期提醒】案件 CP-2026-000007：对儿童的首次响应已超过时限"),
        argThat(body -> body.contains("案件 CP-2026-000007 中，对儿童的首次响应已超过规定时限") && body.contains("儿童档案号：12")
            && body.contains("所在村：莲花村（荷塘镇）") && body.contains("没有被取消")));
    verify(contacts, never()).townshipOffice(any());
    verify(service).complete(task);
  }

  @Test
  void missedVisitGoesToTheTownshipOffice() {
    when(task.getVariable("escalationKind")).thenReturn("MISSED_VISIT");
    when(task.getActivityInstanceId()).thenReturn("ServiceTask_EscalateMissedVisit:ai-4");
    when(contacts.townshipOffice("hetang")).thenReturn(Optional.of("hetang@example.org"));

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-1"), eq("ESCALATION_MISSED_VISIT:ServiceTask_EscalateMissedVisit:ai-4"),
        eq(List.of("hetang@example.org")), eq("【逾期提醒】案件 CP-2026-000007：对儿童的定期走访已超过时限"),
        contains("CP-2026-000007"));
    verify(contacts, never()).county(any(), any(RegionContacts.CountyContact[].class));
    verify(service).complete(task);
  }

  @Test
  void anUnknownKindFails() {
    when(task.getVariable("escalationKind")).thenReturn("LATE_LUNCH");

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("Unknown escalation kind 'LATE_LUNCH'"), anyString(), eq(2), anyLong());
    verify(mailer, never()).sendOnceToAll(any(), any(), any(), any(), any());
    verify(service, never()).complete(any());
  }

  @Test
  void aCountyWithNoMailboxOnRecordFails() {
    when(task.getVariable("escalationKind")).thenReturn("TRIAGE");
    when(contacts.county("qingshan", RegionContacts.CountyContact.CIVIL_AFFAIRS_OFFICE, RegionContacts.CountyContact.MANAGERS)).thenReturn(List.of());

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("no office or managers e-mail"), anyString(), eq(2), anyLong());
    verify(mailer, never()).sendOnceToAll(any(), any(), any(), any(), any());
  }
}
