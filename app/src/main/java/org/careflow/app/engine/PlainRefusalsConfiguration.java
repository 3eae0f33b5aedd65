package org.careflow.app.engine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class PlainRefusalsConfiguration {

  /** Both REST doors into the engine: its own API and the one Tasklist calls. */
  @Bean
  FilterRegistrationBean<PlainRefusals> plainRefusals() {
    var registration = new FilterRegistrationBean<>(new PlainRefusals());
    registration.setName("careflow-plain-refusals");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
