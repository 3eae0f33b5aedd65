package org.careflow.benchmark.baseline;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare Camunda 7.24 Spring Boot starter the benchmark compares CareFlow with: the starter's
 * defaults, authorization on, and HTTP Basic on its REST API through the engine's own
 * authentication filter, registered the way Camunda's documentation shows.
 */
@SpringBootApplication
public class BaselineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BaselineApplication.class, args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
