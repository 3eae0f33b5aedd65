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

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
