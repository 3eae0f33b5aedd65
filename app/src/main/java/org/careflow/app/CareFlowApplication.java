package org.careflow.app;

import org.careflow.workers.WorkersConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(WorkersConfiguration.class)
public class CareFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(CareFlowApplication.class, args);
  }
}
