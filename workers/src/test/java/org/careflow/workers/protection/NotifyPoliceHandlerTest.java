package org.careflow.workers.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts;
import org.careflow.records.protection.ProtectionRecords;
import org.careflow.workers.WorkerProperties;
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
  Clock today = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  NotifyPoliceHandler handler = handlerIn("zh-CN");

  NotifyPoliceHandler handlerIn(String language) {
    return new NotifyPoliceHandler(records, contacts, mailer, new MailTemplates(language), today,
        new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));
  }

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
    when(records.report("CP-2026-000007")).thenReturn(Optional.of(
        new ProtectionRecords.Report("Wang Fang", "13500005555", "Neighbours say the boy has been alone for weeks.")));
    when(task.getVariable("reportChannel")).thenReturn("HOTLINE");
    when(contacts.name("lianhua")).thenReturn("莲花村");
    when(contacts.name("hetang")).thenReturn("荷塘镇");
  }

  @Test
  void mailsTheCountysPoliceLiaisonThenRecordsTheNotification() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));

    handler.execute(task, service);

    var body = ArgumentCaptor.forClass(String.class);
    InOrder order = inOrder(mailer, records, service);
    order.verify(mailer).sendOnce(eq("pi-1"), eq("POLICE_REPORT"), eq("liaison@police.example.org"),
        eq("【强制报告】发现需要保护的未成年人，请核查处置（案件编号 CP-2026-000007）"), body.capture());
    order.verify(records).recordPoliceNotification("CP-2026-000007", "liaison@police.example.org");
    order.verify(service).complete(task);
    assertThat(body.getValue())
        .contains("强制报告制度", "案件编号：CP-2026-000007", "儿童档案号：12", "所在村：莲花村（荷塘镇）", "报告日期：2026年12月2日",
            "存在的情形：\n- 儿童无人照料、独自生活\n\n", "alone for weeks",
            "报告人：Wang Fang，联系电话：13500005555（报告渠道：24小时求助热线）", "接报编号")
        .doesNotContain("家庭暴力", "{", "}");
  }

  @Test
  void inEnglishWhenTheCountyReadsEnglish() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));
    when(task.getVariable("domesticViolence")).thenReturn(true);

    handlerIn("en").execute(task, service);

    var body = ArgumentCaptor.forClass(String.class);
    verify(mailer).sendOnce(eq("pi-1"), eq("POLICE_REPORT"), eq("liaison@police.example.org"),
        eq("Mandatory report to the police: CP-2026-000007"), body.capture());
    assertThat(body.getValue())
        .contains("Case: CP-2026-000007", "Child record: 12", "Village: 莲花村, township: 荷塘镇", "Reported on: 2 December 2026",
            "- the child lives alone without a guardian\n- domestic violence\n", "Wang Fang, phone 13500005555 (channel: the 24-hour hotline)",
            "police reference")
        .doesNotContain("报告");
  }

  @Test
  void nothingTickedSaysSoAndAMissingPhoneReadsAsNotGiven() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));
    when(task.getVariable("childLivingAlone")).thenReturn(false);
    when(records.report("CP-2026-000007")).thenReturn(Optional.of(
        new ProtectionRecords.Report("Wang Fang", null, "Neighbours say the boy has been alone for weeks.")));

    handler.execute(task, service);

    verify(mailer).sendOnce(any(), any(), any(), any(),
        argThat(body -> body.contains("- 未勾选具体情形") && body.contains("联系电话：未填写") && !body.contains("null")));
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
  void theReportersDataComesFromTheCaseRecordNotFromTheVariables() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));
    when(task.getVariable("reporterName")).thenReturn("a variable someone set");

    handler.execute(task, service);

    verify(mailer).sendOnce(any(), any(), any(), any(),
        argThat(body -> body.contains("Wang Fang") && !body.contains("a variable someone set")));
  }

  @Test
  void aCaseWithoutItsRecordFailsAndMailsNothing() {
    when(contacts.county("qingshan", RegionContacts.CountyContact.POLICE_LIAISON)).thenReturn(List.of("liaison@police.example.org"));
    when(records.report("CP-2026-000007")).thenReturn(Optional.empty());
    when(task.getRetries()).thenReturn(3);

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("no case record"), anyString(), eq(2), anyLong());
    verify(mailer, never()).sendOnce(any(), any(), any(), any(), any());
    verify(service, never()).complete(any());
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
