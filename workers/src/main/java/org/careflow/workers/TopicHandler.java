package org.careflow.workers;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every handler: runs the work and turns a technical failure into a retry with fewer
 * retries left, so an exhausted task becomes an incident a manager sees in Cockpit.
 */
public abstract class TopicHandler implements ExternalTaskHandler {

  public static final int INITIAL_RETRIES = 3;

  private static final Logger log = LoggerFactory.getLogger(TopicHandler.class);

  private final long retryBackoffMillis;

  protected TopicHandler(long retryBackoffMillis) {
    this.retryBackoffMillis = retryBackoffMillis;
  }

  public String topic() {
    HandlesTopic topic = getClass().getAnnotation(HandlesTopic.class);
    if (topic == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @HandlesTopic");
    }
    return topic.value();
  }

  /** Does the work and completes the task. Throwing means a technical failure. */
  protected abstract void handle(ExternalTask task, ExternalTaskService service);

  @Override
  public final void execute(ExternalTask task, ExternalTaskService service) {
    try {
      handle(task, service);
    } catch (RuntimeException e) {
      int retriesLeft = retriesLeftAfterFailure(task.getRetries());
      log.warn("Topic {} failed for case {} ({} retries left): {}",
          topic(), task.getBusinessKey(), retriesLeft, e.getMessage());
      service.handleFailure(task, summary(e), stackTrace(e), retriesLeft,
          retryBackoffMillis * (INITIAL_RETRIES - retriesLeft));
    }
  }

  static int retriesLeftAfterFailure(Integer retries) {
    int current = retries == null ? INITIAL_RETRIES : retries;
    return Math.max(current - 1, 0);
  }

  private static String summary(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 600 ? message.substring(0, 600) : message;
  }

  private static String stackTrace(Exception e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
