package org.careflow.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.stream.IntStream;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** A failing task retries; a mail server that does not answer is waited for much longer. */
class TopicHandlerRetryTest {

  private static final long BASE = 30_000;

  @HandlesTopic("testTopic")
  static class Failing extends TopicHandler {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      super(BASE);
      this.failure = failure;
    }

    @Override
    protected void handle(ExternalTask task, ExternalTaskService service) {
      throw failure;
    }
  }

  private final ExternalTask task = mock(ExternalTask.class);
  private final ExternalTaskService service = mock(ExternalTaskService.class);

  @Test
  void anOrdinaryFailureRetriesThreeTimesEachWaitingOneStepLonger() {
    when(task.getRetries()).thenReturn(null);
    new Failing(new IllegalStateException("database gone")).execute(task, service);
    verify(service).handleFailure(eq(task), eq("database gone"), anyString(), eq(2), eq(BASE));

    when(task.getRetries()).thenReturn(1);
    new Failing(new IllegalStateException("database gone")).execute(task, service);
    verify(service).handleFailure(eq(task), eq("database gone"), anyString(), eq(0), eq(3 * BASE));
  }

  @Test
  void aMailServerThatDoesNotAnswerIsTriedEightTimesWithDoublingWaits() {
    when(task.getRetries()).thenReturn(null);
    new Failing(new MailSendException("Mail server connection failed")).execute(task, service);
    verify(service).handleFailure(eq(task), eq("Mail server connection failed"), anyString(),
        eq(TopicHandler.DEFAULT_MAIL_RETRIES - 1), eq(BASE));

    when(task.getRetries()).thenReturn(2);
    new Failing(new RuntimeException("send failed", new MailSendException("refused"))).execute(task, service);
    verify(service).handleFailure(eq(task), eq("send failed"), anyString(), eq(1), eq(30 * BASE));
  }

  @Test
  void theMailRetriesOutlastATenMinuteOutageAndEndWithinAnHour() {
    long waited = IntStream.rangeClosed(1, TopicHandler.DEFAULT_MAIL_RETRIES - 1)
        .mapToLong(attempt -> TopicHandler.mailBackoff(BASE, attempt)).sum();

    assertThat(IntStream.rangeClosed(1, 7).mapToLong(attempt -> TopicHandler.mailBackoff(BASE, attempt) / 1000).toArray())
        .containsExactly(30, 60, 120, 240, 480, 900, 900);
    assertThat(waited).as("minutes of waiting before an incident").isEqualTo(91 * BASE)
        .isGreaterThan(10 * 60_000L).isLessThan(60 * 60_000L);
  }
}
