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
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.notification.OnceOnlyMailer;
import org.careflow.workers.notification.RegionContacts;
import org.careflow.workers.notification.RegionContacts.CountyContact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailTrainingNoticeHandlerTest {

  RegionContacts contacts = mock(RegionContacts.class);
  OnceOnlyMailer mailer = mock(OnceOnlyMailer.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  MailTrainingNoticeHandler handler = new MailTrainingNoticeHandler(contacts, mailer,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

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
  }

  @Test
  void aDueRefresherGoesToThePersonAndTheCivilAffairsOfficeOncePerCertification() {
    when(task.getVariable("trainingNotice")).thenReturn("REFRESHER_DUE");

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-7"), eq("TRAINING_REFRESHER_DUE:2027-03-02"),
        eq(List.of("qiu.lan@example.org", "civil@qingshan.example.org")),
        eq("Training due: Qiu Lan (director.trainee) must pass the assessment again by 2027-03-02"),
        contains("ends on 2027-03-02"));
    verify(service).complete(task);
  }

  @Test
  void aLapseAlsoGoesToTheManagers() {
    when(task.getVariable("trainingNotice")).thenReturn("LAPSED");
    when(task.getVariable("certifiedUntil")).thenReturn(new Date(0));

    handler.execute(task, service);

    verify(mailer).sendOnceToAll(eq("pi-7"), contains("TRAINING_LAPSED:19"),
        eq(List.of("qiu.lan@example.org", "civil@qingshan.example.org", "managers@qingshan.example.org")),
        eq("Training lapsed: Qiu Lan (director.trainee) is off the task groups until passing again"),
        contains("went back to the group"));
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
