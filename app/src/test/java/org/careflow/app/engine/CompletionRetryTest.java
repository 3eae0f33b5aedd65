package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CompletionRetryTest {

  final AtomicInteger runs = new AtomicInteger();
  final CompletionRetry retry = new CompletionRetry();

  @Test
  void aCompletionThatLostTheRaceOnceIsRunAgainAndSucceeds() {
    retry.setNext(losingFirst(1));

    Object result = retry.execute(new CompleteTaskCmd("task-1", Map.of()));

    assertThat(result).isEqualTo("completed");
    assertThat(runs).hasValue(2);
  }

  @Test
  void aCompletionThatKeepsLosingIsRefusedAfterThreeRuns() {
    retry.setNext(losingFirst(Integer.MAX_VALUE));

    assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of())))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).hasValue(CompletionRetry.ATTEMPTS);
  }

  @Test
  void otherCommandsAreRunOnce() {
    retry.setNext(losingFirst(1));

    assertThatThrownBy(() -> retry.execute(new ClaimTaskCmd("task-1", "supervisor.hetang")))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void aCompletionInsideAnotherTransactionIsRunOnce() {
    retry.setNext(losingFirst(1));
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of())))
          .isInstanceOf(OptimisticLockingException.class);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(runs).hasValue(1);
  }

  @Test
  void otherFailuresAreNotRetried() {
    retry.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        runs.incrementAndGet();
        throw new IllegalStateException("not a lost race");
      }
    });

    assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of()))).isInstanceOf(IllegalStateException.class);
    assertThat(runs).hasValue(1);
  }

  /** The rest of the chain: loses the race on the first {@code losses} runs, then completes. */
  private CommandExecutor losingFirst(int losses) {
    return new CommandExecutor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        if (runs.incrementAndGet() <= losses) {
          throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
        }
        return (T) "completed";
      }
    };
  }
}
