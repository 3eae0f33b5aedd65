package org.careflow.workers;

import java.time.Clock;
import org.careflow.records.RecordsConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Everything the workers need, for the app to import or the standalone runner to start. */
@Configuration
@ComponentScan
@Import(RecordsConfiguration.class)
@EnableConfigurationProperties({WorkerProperties.class, ClientCredentials.class})
public class WorkersConfiguration {

  /** "Today" for the records the workers date; tests pass a fixed clock. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
