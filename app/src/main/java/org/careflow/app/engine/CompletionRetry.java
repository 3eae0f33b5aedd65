package org.careflow.app.engine;

import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A caseworker's task completion can lose a race with the engine's own work on the same case: an
 * escalation worker completing its external task, or a timer firing. The engine then refuses it on
 * its optimistic lock, and the person got an HTTP 500. By then the completion's transaction has
 * rolled back and nothing of it was written, so it is run again, up to {@value #ATTEMPTS} times in
 * all, as the person would by submitting once more. A completion inside another command or another
 * transaction is left alone: only the outermost one can be run again.
 */
final class CompletionRetry extends CommandInterceptor {

  static final int ATTEMPTS = 3;
  private static final Set<Class<?>> COMPLETIONS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!COMPLETIONS.contains(command.getClass()) || Context.getCommandContext() != null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (OptimisticLockingException lostTheRace) {
        if (attempt == ATTEMPTS) {
          throw lostTheRace;
        }
      }
    }
  }
}
