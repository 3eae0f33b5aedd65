package org.careflow.app.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls that the platform makes on the user's behalf (granting access to a new case,
 * reading a deployed form) without the user's own authorization checks. The one place that
 * touches engine internals for this, so a move to a compatible fork changes one class.
 */
public final class Privileged {

  private Privileged() {
  }

  public static <T> T call(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return work.get();
    }
    return context.runWithoutAuthorization(work::get);
  }

  /**
   * Engine calls the platform makes where the app has already enforced the scope itself (a
   * manager's county, a termination the county may raise): without the signed-in user the engine
   * checks no authorizations; the user is put back after.
   */
  public static <T> T asPlatform(org.camunda.bpm.engine.IdentityService identity, Supplier<T> work) {
    var user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
