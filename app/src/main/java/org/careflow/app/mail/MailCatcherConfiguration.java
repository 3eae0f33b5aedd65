package org.careflow.app.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail: an SMTP server in the app ({@link MailCatcher}) and the platform's
 * mail sender pointed at it. On with {@code careflow.mail.catcher.enabled=true}, which only the
 * default profile sets (application-default.properties); under {@code postgres} and {@code keycloak}
 * mail goes to the SMTP server of {@code spring.mail.*}.
 */
@Configuration
@ConditionalOnProperty(name = MailCatcherConfiguration.ENABLED, havingValue = "true")
@EnableConfigurationProperties(MailProperties.class)
class MailCatcherConfiguration {

  static final String ENABLED = "careflow.mail.catcher.enabled";

  @Bean(destroyMethod = "stop")
  MailCatcher mailCatcher(@Value("${careflow.mail.catcher.port:0}") int port) {
    return new MailCatcher(port);
  }

  /** Spring Boot's own sender, as {@code spring.mail.*} configures it, but sending to the catcher. */
  @Bean
  JavaMailSenderImpl mailSender(MailProperties properties, MailCatcher catcher) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(MailCatcher.HOST);
    sender.setPort(catcher.port());
    sender.setProtocol(properties.getProtocol());
    if (properties.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(properties.getDefaultEncoding().name());
    }
    sender.getJavaMailProperties().putAll(properties.getProperties());
    return sender;
  }
}
