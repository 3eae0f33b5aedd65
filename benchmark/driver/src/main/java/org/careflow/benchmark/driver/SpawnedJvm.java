package org.careflow.benchmark.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A system under test in a JVM of its own (java -jar), stopped at the end and on the driver's exit. */
final class SpawnedJvm implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread hook;

  private SpawnedJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.hook = new Thread(this::stop, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static SpawnedJvm start(String name, Path jar, List<String> args, Map<String, String> env, Path logDir) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build it first (see benchmark/README.md)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new SpawnedJvm(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until GET /actuator/health answers UP. */
  void awaitHealthy(String base, Duration timeout) {
    Http http = Http.basic(base, null, null);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was up; see " + log);
      }
      try {
        Http.Response health = http.get("/actuator/health");
        if (health.status() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Benchmark.sleep(1000);
    }
    throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log);
  }

  /** Waits until the JVM's log has a line containing {@code text}. */
  void awaitLogLine(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (Files.readString(log, java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
          return;
        }
      } catch (IOException notYet) {
        // not written yet, or a line half written
      }
      Benchmark.sleep(500);
    }
    throw new IllegalStateException(name + ": no '" + text + "' in " + log + " after " + timeout);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  private void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
