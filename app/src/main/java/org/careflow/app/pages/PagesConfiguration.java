package org.careflow.app.pages;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class PagesConfiguration {

  @Bean
  FilterRegistrationBean<PageAccessFilter> pageAccess(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new PageAccessFilter(engine));
    registration.setName("careflow-page-access");
    registration.addUrlPatterns("/pages", "/pages/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
