package org.careflow.workers;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every handler: runs the work and turns a technical failure into a retry with fewer
 * retries left, so an exhausted task becomes an incident a manager sees in Cockpit. A mail server
 * that does not answer is waited for longer: {@value #DEFAULT_MAIL_RETRIES} retries, each waiting
 * twice as long as the one before, at most 30 backoff steps (with the 30 s default: 30 s, 1, 2, 4, 8,
 * 15 and 15 minutes, 45 minutes in all), so an outage of the county's mail server of up to 45
 * minutes delays the mails and leaves no incident; a longer one shows as an incident.
 */
public abstract class TopicHandler implements ExternalTaskHandler {

  public static final int INITIAL_RETRIES = 3;
  public static final int DEFAULT_MAIL_RETRIES = 8;
  static final int MAIL_BACKOFF_CAP_STEPS = 30;

  private static final Logger log = LoggerFactory.getLogger(TopicHandler.class);

  private final long retryBackoffMillis;
  private int mailRetries = DEFAULT_MAIL_RETRIES;

  protected TopicHandler(long retryBackoffMillis) {
    this.retryBackoffMillis = retryBackoffMillis;
  }

  /** How many times a task whose mail server does not answer is tried before it becomes an incident. */
  void retryMailFailures(int retries) {
    this.mailRetries = retries;
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
      boolean mailServer = isMailServerFailure(e);
      int retriesLeft = retriesLeftAfterFailure(task.getRetries(), mailServer ? mailRetries : INITIAL_RETRIES);
      long backoff = mailServer ? mailBackoff(retryBackoffMillis, mailRetries - retriesLeft)
          : retryBackoffMillis * (INITIAL_RETRIES - retriesLeft);
      log.warn("Topic {} failed for case {} ({} retries left, next in {} s): {}",
          topic(), task.getBusinessKey(), retriesLeft, backoff / 1000, e.getMessage());
      service.handleFailure(task, summary(e), stackTrace(e), retriesLeft, backoff);
    }
  }

  static int retriesLeftAfterFailure(Integer retries, int initialRetries) {
    int current = retries == null ? initialRetries : retries;
    return Math.max(current - 1, 0);
  }

  /** The wait before the given (1-based) retry after the mail server failed: doubling, capped. */
  static long mailBackoff(long baseMillis, int attempt) {
    long steps = 1L << Math.min(Math.max(attempt - 1, 0), 20);
    return baseMillis * Math.min(steps, MAIL_BACKOFF_CAP_STEPS);
  }

  private static boolean isMailServerFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.springframework.mail.MailSendException) {
        return true;
      }
    }
    return false;
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
