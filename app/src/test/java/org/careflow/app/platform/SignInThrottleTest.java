package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Wrong passwords slow a sign-in down but cannot lock an account for good: a stranger cannot lock out the county. */
class SignInThrottleTest extends PlatformTest {

  private static final String PROBE = "throttle.probe";

  @Autowired IdentityService identity;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
    identity.deleteUser(PROBE);
  }

  @Test
  void manyWrongPasswordsDelayButDoNotLock() {
    User user = identity.newUser(PROBE);
    user.setPassword("right-one");
    identity.saveUser(user);
    Date now = new Date();
    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(identity.checkPassword(PROBE, "wrong")).isFalse();
      now = new Date(now.getTime() + 61_000);
      ClockUtil.setCurrentTime(now);
    }
    // straight after a failure the right password waits out the delay ...
    assertThat(identity.checkPassword(PROBE, "wrong")).isFalse();
    assertThat(identity.checkPassword(PROBE, "right-one")).isFalse();
    // ... and then goes through: no administrator had to unlock anything
    ClockUtil.setCurrentTime(new Date(now.getTime() + 61_000));
    assertThat(identity.checkPassword(PROBE, "right-one")).isTrue();
  }
}
