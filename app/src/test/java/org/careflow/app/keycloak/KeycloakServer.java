package org.careflow.app.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real Keycloak from the distribution Maven unpacks into target/ (no Docker), started in dev mode
 * on a free port with a realm imported from a file. Runs on Temurin 25 when the machine has it (it
 * starts faster there), else on the JDK running the tests.
 */
final class KeycloakServer {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin";
  private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  /** Keycloak is ready in 20-60 s on an idle 2-core machine; a machine busy with other builds needs far longer. */
  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final Path home;
  private final int port;
  private Process process;
  private String realmName;
  private Instant started;
  private Duration startup;

  private KeycloakServer(Path home, int port) {
    this.home = home;
    this.port = port;
  }

  /**
   * Starts Keycloak with the given realm file, changed for the test by {@code adjust}; call
   * {@link #awaitReady()} before using it (it takes a while: start the rest meanwhile).
   */
  static KeycloakServer launch(Path realmFile, int port, int managementPort, Consumer<ObjectNode> adjust) {
    String dist = System.getProperty("careflow.keycloak.dist");
    if (dist == null || !Files.isExecutable(Path.of(dist, "bin", "kc.sh"))) {
      throw new IllegalStateException("No Keycloak distribution at " + dist
          + ": run through Maven (mvn verify unpacks org.keycloak:keycloak-quarkus-dist into app/target/keycloak-dist)");
    }
    KeycloakServer server = new KeycloakServer(Path.of(dist), port);
    server.start(realmFile, managementPort, adjust);
    return server;
  }

  String url() {
    return "http://localhost:" + port;
  }

  String realmUrl(String realm) {
    return url() + "/realms/" + realm;
  }

  Duration startup() {
    return startup;
  }

  boolean isRunning() {
    return process != null && process.isAlive();
  }

  void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void start(Path realmFile, int managementPort, Consumer<ObjectNode> adjust) {
    try {
      // a fresh start each run: nothing left from an earlier one
      deleteRecursively(home.resolve("data"));
      Path imports = Files.createDirectories(home.resolve("data/import"));
      ObjectMapper json = new ObjectMapper();
      ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
      adjust.accept(realm);
      json.writeValue(imports.resolve(realmFile.getFileName().toString()).toFile(), realm);

      ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm",
          // the realm lives only as long as the test: no database files to write
          "--db=dev-mem")
          .redirectErrorStream(true)
          .redirectOutput(home.resolve("keycloak.log").toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().put("JAVA_HOME", Files.isDirectory(TEMURIN_25) ? TEMURIN_25.toString() : System.getProperty("java.home"));
      // a short-lived server on a small machine: start fast rather than optimise for hours of load
      builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
      started = Instant.now();
      realmName = realm.path("realm").asText();
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the realm answers; returns at once when it did before. */
  synchronized void awaitReady() {
    if (startup != null) {
      return;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI discovery = URI.create(realmUrl(realmName) + "/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + home.resolve("keycloak.log"));
      }
      try {
        if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          startup = Duration.between(started, Instant.now());
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("Keycloak not ready within " + READY_WITHIN + "; see " + home.resolve("keycloak.log"));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
