package org.careflow.records.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a process's mail of one kind at most once: a retried task whose mail already went out
 * does not send it again. A mail server that is down makes {@link #sendOnce} throw, and the
 * task retries.
 */
@Component
public class OnceOnlyMailer {

  private final JdbcTemplate jdbc;
  private final JavaMailSender mailSender;
  private final String from;

  public OnceOnlyMailer(JdbcTemplate jdbc, JavaMailSender mailSender,
      @Value("${careflow.mail.from:careflow@localhost}") String from) {
    this.jdbc = jdbc;
    this.mailSender = mailSender;
    this.from = from;
  }

  /** Returns true if the mail was sent now, false if it had been sent before. */
  public boolean sendOnce(String processInstanceId, String kind, String recipient, String subject, String body) {
    return sendOnceToAll(processInstanceId, kind, List.of(recipient), subject, body);
  }

  /** A Message-ID that names the case and the kind of mail: the same for every try of the same mail. */
  public String messageId(String processInstanceId, String kind) {
    String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "careflow.localhost";
    return "<careflow." + (processInstanceId + "." + kind).replaceAll("[^A-Za-z0-9._-]", "-") + "@" + domain + ">";
  }

  /**
   * One mail to all recipients, recorded with them comma-joined. Not an overload of
   * {@link #sendOnce}: with one, {@code sendOnce(any(), any(), any(), any(), any())} in tests would be ambiguous.
   */
  public boolean sendOnceToAll(String processInstanceId, String kind, List<String> recipients, String subject, String body) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("No recipient for mail '" + kind + "'");
    }
    Integer sent = jdbc.queryForObject(
        "select count(*) from careflow.notification where process_instance_id = ? and kind = ?",
        Integer.class, processInstanceId, kind);
    if (sent != null && sent > 0) {
      return false;
    }
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
      mail.setFrom(from);
      mail.setTo(recipients.toArray(String[]::new));
      mail.setSubject(subject);
      mail.setText(body);
      // the same mail sent again (the worker died after the server took it, before it was recorded)
      // carries the same id, so the recipients' mail systems can show it once
      message.setHeader("Message-ID", messageId(processInstanceId, kind));
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot write mail '" + kind + "'", e);
    }
    mailSender.send(message);
    jdbc.update("insert into careflow.notification (process_instance_id, kind, recipient, subject) values (?, ?, ?, ?)",
        processInstanceId, kind, String.join(",", recipients), subject);
    return true;
  }
}
