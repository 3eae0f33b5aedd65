package org.careflow.workers.foster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class NotifyRightsInfringedHandlerTest {

  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  NotifyRightsInfringedHandler handler = new NotifyRightsInfringedHandler(contacts, mailer,
      new MailTemplates("zh-CN"), new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void abuseInQingshan() {
    when(task.getProcessInstanceId()).thenReturn("pi-3");
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("countyCode")).thenReturn("qingshan");
    when(task.getVariable("childId")).thenReturn(12L);
    when(task.getVariable("terminationGround")).thenReturn("ABUSE_OR_DISCRIMINATION");
    when(task.getVariable("terminationNotes")).thenReturn("Bruises seen at school twice.");
  }

  @Test
  void mailsAllTheCountysContactsOnce() {
    List<String> departments = List.of("civil@qingshan.example.org", "liaison@police.example.org",
        "managers@qingshan.example.org");
    when(contacts.county("qingshan", RegionContacts.CountyContact.values())).thenReturn(departments);

    handler.execute(task, service);

    var body = ArgumentCaptor.forClass(String.class);
    verify(mailer).sendOnceToAll(eq("pi-3"), eq("RIGHTS_INFRINGED"), eq(departments),
        eq("【寄养儿童权益受到侵害】案件 FC-2026-000003"), body.capture());
    assertThat(body.getValue()).contains("家庭寄养案件 FC-2026-000003 中", "儿童档案号：12",
        "解除寄养的原因：寄养家庭虐待、歧视寄养儿童", "情况说明：Bruises seen at school twice.",
        "该寄养关系已经解除", "依法追究寄养家庭的责任");
    verify(service).complete(task);
  }

  @Test
  void withoutNotesTheMailSaysNoneWereGiven() {
    when(task.getVariable("terminationNotes")).thenReturn("  ");
    when(contacts.county("qingshan", RegionContacts.CountyContact.values())).thenReturn(List.of("civil@qingshan.example.org"));

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-3"), eq("RIGHTS_INFRINGED"), any(), any(), contains("情况说明：未填写"));
  }

  @Test
  void aCountyWithoutContactsFails() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.values())).thenReturn(List.of());

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("County 'qingshan' has no"), anyString(), eq(2), anyLong());
    verify(mailer, never()).sendOnceToAll(any(), any(), any(), any(), any());
    verify(service, never()).complete(any());
  }
}
