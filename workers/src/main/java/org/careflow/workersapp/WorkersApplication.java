package org.careflow.workersapp;

import org.careflow.workers.WorkersConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Runs the workers on their own against an engine URL: more copies as load grows, one PostgreSQL.
 * {@code java -jar careflow-workers-*-exec.jar --careflow.workers.engine-url=http://app:8080/engine-rest}
 */
@SpringBootApplication
@Import(WorkersConfiguration.class)
public class WorkersApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(WorkersApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.run(args);
  }
}
