package org.careflow.workers.guardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;

class MailReceiptHandlerTest {

  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  MailReceiptHandler handler = new MailReceiptHandler(contacts, mailer, new MailTemplates("zh-CN"),
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void caseInHetang() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getBusinessKey()).thenReturn("EG-2026-000001");
    when(task.getVariable("townshipCode")).thenReturn("hetang");
    when(task.getVariable("guardianName")).thenReturn("Liu Guilan");
    when(task.getVariable("villageCode")).thenReturn("lianhua");
    when(task.getVariable("childId")).thenReturn(3L);
    when(task.getVariable("guardianRelationship")).thenReturn("GRANDPARENT");
    when(task.getVariable("guardianPhone")).thenReturn("13900001234");
    when(task.getVariable("signedOn")).thenReturn("2026-11-20");
    when(task.getVariable("parentsLeaveOn")).thenReturn("2026-12-02");
    when(task.getVariable("parentsDestination")).thenReturn("Dongguan");
    when(contacts.name("lianhua")).thenReturn("莲花村");
  }

  @Test
  void mailsTheTownshipOfficeAndCompletes() {
    when(contacts.townshipOffice("hetang")).thenReturn(Optional.of("hetang@example.org"));

    handler.execute(task, service);

    var subject = ArgumentCaptor.forClass(String.class);
    var body = ArgumentCaptor.forClass(String.class);
    verify(mailer).sendOnce(eq("pi-1"), eq(MailReceiptHandler.KIND), eq("hetang@example.org"), subject.capture(), body.capture());
    assertThat(subject.getValue()).isEqualTo("【委托照护确认】案件 EG-2026-000001 的确认书已签署归档");
    assertThat(body.getValue()).contains("案件 EG-2026-000001 的委托照护确认书", "儿童档案号：3", "所在村：莲花村",
        "受委托照护人：Liu Guilan（祖父母或外祖父母），联系电话：13900001234",
        "签字日期：2026年11月20日", "父母外出日期：2026年12月2日，外出地点：Dongguan");
    verify(service).complete(task);
  }

  @Test
  void mailServerDownIsRetriedWithFewerRetriesAndBackoff() {
    when(contacts.townshipOffice("hetang")).thenReturn(Optional.of("hetang@example.org"));
    when(mailer.sendOnce(any(), any(), any(), any(), any())).thenThrow(new MailSendException("Connection refused"));
    when(task.getRetries()).thenReturn(null);

    handler.execute(task, service);

    // a mail server that does not answer gets eight tries, the first retry after one backoff step
    verify(service).handleFailure(eq(task), contains("Connection refused"), anyString(),
        eq(org.careflow.workers.TopicHandler.DEFAULT_MAIL_RETRIES - 1), eq(1_000L));
    verify(service, never()).complete(any());
  }

  @Test
  void lastFailureLeavesNoRetriesSoTheEngineRaisesAnIncident() {
    when(contacts.townshipOffice("hetang")).thenReturn(Optional.empty());
    when(task.getRetries()).thenReturn(1);

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("no office e-mail"), anyString(), eq(0), anyLong());
    verify(mailer, never()).sendOnce(any(), any(), any(), any(), any());
  }
}
