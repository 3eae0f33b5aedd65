package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wrong passwords slow a sign-in down but cannot lock an account for good: a stranger cannot lock out the county. */
class SignInThrottleTest extends PlatformTest {

  private static final String PROBE = "throttle.probe";

  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeProbe() {
    identity.deleteUser(PROBE);
  }

  /**
   * As if the delay had passed: the engine's lock time is cleared, its count of failed attempts kept.
   * (Moving the engine clock instead would also move the long-polling workers' timeouts in this JVM.)
   */
  private void delayPasses() {
    jdbc.update("update act_id_user set lock_exp_time_ = null where id_ = ?", PROBE);
  }

  @Test
  void manyWrongPasswordsDelayButDoNotLock() {
    User user = identity.newUser(PROBE);
    user.setPassword("right-one");
    identity.saveUser(user);
    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(identity.checkPassword(PROBE, "wrong")).isFalse();
      delayPasses();
    }
    assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, PROBE))
        .as("every failure counted").isEqualTo(15);
    // straight after a failure the right password waits out the delay ...
    assertThat(identity.checkPassword(PROBE, "wrong")).isFalse();
    assertThat(identity.checkPassword(PROBE, "right-one")).isFalse();
    // ... and then goes through: no administrator had to unlock anything
    delayPasses();
    assertThat(identity.checkPassword(PROBE, "right-one")).isTrue();
  }
}
