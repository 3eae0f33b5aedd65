package org.careflow.records.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

class OnceOnlyMailerTest {

  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final JavaMailSender sender = mock(JavaMailSender.class);
  private final OnceOnlyMailer mailer = new OnceOnlyMailer(jdbc, sender, "careflow@qingshan.example.org");

  @Test
  void aMailSentAgainAfterACrashCarriesTheSameMessageIdAndUtf8Text() throws Exception {
    when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
    when(jdbc.queryForObject(anyString(), eq(Integer.class), any(), any())).thenReturn(0);

    mailer.sendOnce("pi-1", "POLICE_REPORT", "police@qingshan.example.org", "强制报告 CP-2026-000001", "儿童独居");
    mailer.sendOnce("pi-1", "POLICE_REPORT", "police@qingshan.example.org", "强制报告 CP-2026-000001", "儿童独居");
    mailer.sendOnce("pi-1", "weekly-digest:manager.qingshan", "m@qingshan.example.org", "周报", "正文");

    ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
    verify(sender, times(3)).send(sent.capture());
    String first = sent.getAllValues().get(0).getHeader("Message-ID")[0];
    assertThat(first).isEqualTo("<careflow.pi-1.POLICE_REPORT@qingshan.example.org>");
    assertThat(sent.getAllValues().get(1).getHeader("Message-ID")[0]).isEqualTo(first);
    assertThat(sent.getAllValues().get(2).getHeader("Message-ID")[0])
        .isEqualTo("<careflow.pi-1.weekly-digest-manager.qingshan@qingshan.example.org>");
    assertThat(sent.getAllValues().get(0).getSubject()).isEqualTo("强制报告 CP-2026-000001");
    assertThat(sent.getAllValues().get(0).getContent().toString()).isEqualTo("儿童独居");
  }
}
