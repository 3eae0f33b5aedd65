package org.careflow.benchmark.driver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashSet;
import java.util.Set;

/** An SMTP server (GreenMail) that takes every mail the nodes and workers send, and counts them. */
final class MailSink implements AutoCloseable {

  private final GreenMail server;
  private final int port;

  MailSink() {
    port = SpawnedJvm.freePort();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  int port() {
    return port;
  }

  /**
   * Mails received, by their Message-ID: GreenMail keeps one copy per recipient, and a mail sent
   * again (same id) is the same mail.
   */
  int received() {
    Set<String> ids = new HashSet<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      try {
        ids.add(message.getMessageID());
      } catch (MessagingException e) {
        throw new IllegalStateException("A received mail without a readable Message-ID", e);
      }
    }
    return ids.size();
  }

  @Override
  public void close() {
    server.stop();
  }
}
