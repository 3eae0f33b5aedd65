package org.careflow.app.mail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server inside the app (GreenMail), for the embedded default only: the platform's
 * mails go through the same SMTP path as in production and stay here, in memory until the app
 * stops, for an administrator to read on {@code /pages/mails}. Listens on the loopback address only.
 */
public class MailCatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailCatcher.class);
  static final String HOST = "127.0.0.1";

  /** One mail as it arrived: all its recipients in one entry, however many copies the server keeps. */
  public record CaughtMail(Instant receivedAt, String from, List<String> recipients, String subject, String body) {
  }

  private final GreenMail server;

  /** Starts listening; port 0 takes a free one. */
  public MailCatcher(int port) {
    this.server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    server.start();
    LOG.info("In-process mail catcher listening on {}:{}; every mail the platform sends is on /pages/mails (administrators)",
        HOST, port());
  }

  public int port() {
    return server.getSmtp().getPort();
  }

  public void stop() {
    server.stop();
  }

  /** Every mail received since the start, newest first. */
  public List<CaughtMail> mails() {
    Map<String, CaughtMail> byMessage = new LinkedHashMap<>();
    for (StoredMessage stored : server.getManagers().getImapHostManager().getAllMessages()) {
      MimeMessage message = stored.getMimeMessage();
      try {
        // the server keeps one copy per recipient; the copies share their Message-ID
        String id = message.getMessageID() == null ? "uid-" + stored.getUid() : message.getMessageID();
        byMessage.putIfAbsent(id, new CaughtMail(stored.getReceivedDate().toInstant(), addresses(message.getFrom()),
            recipients(message), message.getSubject(), text(message)));
      } catch (MessagingException | IOException e) {
        LOG.warn("A caught mail could not be read: {}", e.toString());
      }
    }
    List<CaughtMail> mails = new ArrayList<>(byMessage.values());
    mails.sort(Comparator.comparing(CaughtMail::receivedAt).reversed());
    return mails;
  }

  private static List<String> recipients(MimeMessage message) throws MessagingException {
    Address[] all = message.getAllRecipients();
    return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
  }

  private static String text(jakarta.mail.Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
          text.append(text(body));
        }
      }
      return text.toString();
    }
    return "(" + part.getContentType() + ")";
  }
}
