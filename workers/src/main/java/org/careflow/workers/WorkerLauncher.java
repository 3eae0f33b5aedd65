package org.careflow.workers;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.camunda.bpm.client.ExternalTaskClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Subscribes every handler once the application is ready, so nothing polls a server still starting. */
@Component
public class WorkerLauncher {

  private static final Logger log = LoggerFactory.getLogger(WorkerLauncher.class);

  private final WorkerProperties properties;
  private final List<TopicHandler> handlers;
  private final EngineEndpoint engine;
  private ExternalTaskClient client;

  WorkerLauncher(WorkerProperties properties, List<TopicHandler> handlers, EngineEndpoint engine,
      @Value("${careflow.workers.mail-retries:" + TopicHandler.DEFAULT_MAIL_RETRIES + "}") int mailRetries) {
    this.properties = properties;
    this.handlers = handlers;
    this.engine = engine;
    handlers.forEach(handler -> handler.retryMailFailures(mailRetries));
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public synchronized void open() {
    if (client != null) {
      return;
    }
    if (!properties.isEnabled()) {
      log.info("Workers are disabled (careflow.workers.enabled=false)");
      return;
    }
    String engineUrl = engine.url();
    var builder = ExternalTaskClient.create()
        .baseUrl(engineUrl)
        .workerId(properties.workerIdOrDefault())
        .maxTasks(properties.maxTasksOrDefault())
        .lockDuration(properties.lockDurationOrDefault())
        .asyncResponseTimeout(properties.asyncResponseTimeoutOrDefault())
        .disableBackoffStrategy();
    if (engine.hasCredentials()) {
      // asked per request, so a token is renewed before it expires
      builder.addInterceptor(request -> request.addHeader("Authorization", engine.authorization()));
    }
    client = builder.build();
    for (TopicHandler handler : handlers) {
      client.subscribe(handler.topic()).handler(handler).open();
    }
    log.info("Workers subscribed to {} at {}", handlers.stream().map(TopicHandler::topic).toList(), engineUrl);
  }

  @PreDestroy
  public synchronized void close() {
    if (client != null) {
      client.stop();
      client = null;
    }
  }
}
