package org.careflow.app.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Under `postgres` (without Keycloak) the workers sign in to /engine-rest with the technical user's
 * password. Without one no technical user is created and every worker call is refused forever, so
 * the app refuses to start and says what to set.
 */
@Component
@Profile("postgres & !keycloak")
class WorkerPasswordRequired {

  WorkerPasswordRequired(@Value("${careflow.workers.password:}") String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("CAREFLOW_WORKER_PASSWORD is not set: the workers sign in to the engine "
          + "with it (profile postgres). Set it for the app and for every standalone worker.");
    }
  }
}
