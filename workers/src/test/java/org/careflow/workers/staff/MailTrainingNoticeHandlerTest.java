package org.careflow.workers.staff;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.careflow.records.notification.RegionContacts.CountyContact;
import org.careflow.records.notification.RegionContacts;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailTrainingNoticeHandlerTest {

  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  MailTrainingNoticeHandler handler = new MailTrainingNoticeHandler(contacts, mailer,
      new MailTemplates("zh-CN"), new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void directorInLianhuaCertifiedUntilMarch() {
    when(task.getProcessInstanceId()).thenReturn("pi-7");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("fullName")).thenReturn("Qiu Lan");
    when(task.getVariable("staffUserId")).thenReturn("director.trainee");
    when(task.getVariable("regionCode")).thenReturn("lianhua");
    when(task.getVariable("email")).thenReturn("qiu.lan@example.org");
    when(task.getVariable("countyCode")).thenReturn("qingshan");
    when(task.getVariable("certifiedUntil")).thenReturn("2027-03-02");
    when(contacts.county("qingshan", CountyContact.CIVIL_AFFAIRS_OFFICE)).thenReturn(List.of("civil@qingshan.example.org"));
    when(contacts.county("qingshan", CountyContact.CIVIL_AFFAIRS_OFFICE, CountyContact.MANAGERS))
        .thenReturn(List.of("civil@qingshan.example.org", "managers@qingshan.example.org"));
    when(contacts.name("lianhua")).thenReturn("莲花村");
  }

  @Test
  void aDueRefresherGoesToThePersonAndTheCivilAffairsOfficeOncePerCertification() {
    when(task.getVariable("trainingNotice")).thenReturn("REFRESHER_DUE");

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-7"), eq("TRAINING_REFRESHER_DUE:2027-03-02"),
        eq(List.of("qiu.lan@example.org", "civil@qingshan.example.org")),
        eq("【培训到期提醒】Qiu Lan（director.trainee）须在2027年3月2日前重新通过考核"),
        contains("Qiu Lan（账号 director.trainee，莲花村）的年度培训合格证明将于2027年3月2日到期"));
    verify(service).complete(task);
  }

  @Test
  void aLapseAlsoGoesToTheManagers() {
    when(task.getVariable("trainingNotice")).thenReturn("LAPSED");
    when(task.getVariable("certifiedUntil")).thenReturn(new Date(0));

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-7"), contains("TRAINING_LAPSED:19"),
        eq(List.of("qiu.lan@example.org", "civil@qingshan.example.org", "managers@qingshan.example.org")),
        eq("【培训已过期】Qiu Lan（director.trainee）已暂停任务权限，重新通过考核后恢复"),
        argThat(body -> body.contains("已移出本村或本乡镇的任务组") && body.contains("原先认领的任务已退回任务组")
            && body.matches("(?s).*已于19(69|70)年1\\d?月\\d+日到期.*")));
    verify(service).complete(task);
  }

  @Test
  void aMailServerThatIsDownLeavesTheTaskToRetry() {
    when(task.getVariable("trainingNotice")).thenReturn("LAPSED");
    when(mailer.sendOnceToAll(any(), any(), any(), any(), any())).thenThrow(new MailSendException("Connection refused"));

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("Connection refused"), anyString(), eq(2), anyLong());
    verify(service, never()).complete(any());
  }

  @Test
  void aCountyWithoutAnOfficeMailboxFails() {
    when(task.getVariable("trainingNotice")).thenReturn("REFRESHER_DUE");
    when(contacts.county("qingshan", CountyContact.CIVIL_AFFAIRS_OFFICE)).thenReturn(List.of());

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("no civil-affairs office e-mail"), anyString(), eq(2), anyLong());
    verify(mailer, never()).sendOnceToAll(any(), any(), any(), any(), any());
  }
}
