package org.careflow.workers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the workers reach the engine. Without an engine URL they call the REST API of the app they
 * run in, once it is ready.
 */
@ConfigurationProperties(prefix = "careflow.workers")
public record WorkerProperties(
    Boolean enabled,
    String engineUrl,
    String username,
    String password,
    Integer maxTasks,
    Long lockDurationMillis,
    Long asyncResponseTimeoutMillis,
    Long retryBackoffMillis,
    String workerId) {

  public boolean isEnabled() {
    return enabled == null || enabled;
  }

  /** Shown in the engine's external-task log: which copy of the workers did the work. */
  public String workerIdOrDefault() {
    if (workerId != null && !workerId.isBlank()) {
      return workerId;
    }
    try {
      return "careflow-" + java.net.InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
    } catch (java.net.UnknownHostException e) {
      return "careflow-" + ProcessHandle.current().pid();
    }
  }

  public int maxTasksOrDefault() {
    return maxTasks == null ? 5 : maxTasks;
  }

  public long lockDurationOrDefault() {
    return lockDurationMillis == null ? 60_000 : lockDurationMillis;
  }

  /** Wait before the first retry; each later retry waits one step longer. */
  public long retryBackoffOrDefault() {
    return retryBackoffMillis == null ? 30_000 : retryBackoffMillis;
  }

  public long asyncResponseTimeoutOrDefault() {
    return asyncResponseTimeoutMillis == null ? 10_000 : asyncResponseTimeoutMillis;
  }
}
