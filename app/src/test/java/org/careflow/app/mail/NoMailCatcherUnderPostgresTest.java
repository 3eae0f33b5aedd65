package org.careflow.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Under profile postgres mail goes to the configured SMTP server: no catcher, no page of mails. */
class NoMailCatcherUnderPostgresTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Environment environment;
  @Autowired JavaMailSenderImpl mailSender;

  @Test
  void mailGoesToTheConfiguredServerAndThereIsNoPageOfMails() {
    assertThat(context.getBeanNamesForType(MailCatcher.class)).isEmpty();
    assertThat(mailSender.getHost()).isEqualTo(environment.getProperty("spring.mail.host"));
    assertThat(mailSender.getPort()).isEqualTo(environment.getProperty("spring.mail.port", Integer.class));

    PageSession admin = PageSession.signedIn(port, "admin");
    assertThat(admin.get("/pages/mails").statusCode()).isEqualTo(404);
    assertThat(admin.get("/pages").body()).doesNotContain("/pages/mails");
  }
}
