package org.careflow.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WorkerPasswordRequiredTest {

  private static ApplicationContextRunner under(String... profiles) {
    return new ApplicationContextRunner()
        .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles))
        .withUserConfiguration(WorkerPasswordRequired.class);
  }

  @Test
  void underPostgresABlankWorkerPasswordStopsTheStartWithAMessage() {
    under("postgres").withPropertyValues("careflow.workers.password=  ").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("CAREFLOW_WORKER_PASSWORD is not set");
    });
    under("postgres").run(context -> assertThat(context).hasFailed());
  }

  @Test
  void aSetPasswordOrAnotherProfileStarts() {
    under("postgres").withPropertyValues("careflow.workers.password=secret").run(context -> assertThat(context).hasNotFailed());
    under("postgres", "keycloak").run(context -> assertThat(context).hasNotFailed());
    under().run(context -> assertThat(context).hasNotFailed());
  }
}
