package org.careflow.app.pages;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.security.SecurityProperties;

@Configuration
class PagesConfiguration {

  @Bean
  FilterRegistrationBean<PageAccessFilter> pageAccess(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new PageAccessFilter(engine));
    registration.setName("careflow-page-access");
    registration.addUrlPatterns("/pages", "/pages/*");
    // after Spring Security and the filter that puts its signed-in user into the webapp session (profile keycloak)
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PageHeaders> pageHeaders() {
    var registration = new FilterRegistrationBean<>(new PageHeaders());
    registration.setName("careflow-page-headers");
    registration.addUrlPatterns("/pages", "/pages/*", "/api/*");
    // first, so that a redirect to the sign-in page and a refusal carry them too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
