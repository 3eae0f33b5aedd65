package org.careflow.workers.protection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careflow.contract.ProtectionCase;
import org.careflow.workers.EngineEndpoint;
import org.springframework.stereotype.Component;

/**
 * Opens a protection case for a child referred by another case, through the engine's REST API
 * (message {@value ProtectionCase#MESSAGE_REPORT_RECEIVED}). A referral opens one case however
 * often it is retried: the new case carries the referring case's number.
 */
@Component
public class ProtectionReferrals {

  public static final String VAR_REFERRED_FROM_CASE = "referredFromCase";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EngineEndpoint engine;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public ProtectionReferrals(EngineEndpoint engine) {
    this.engine = engine;
  }

  /** Returns the case number of the protection case opened now, or opened before for this referral. */
  public String openCase(String referredFromCase, Map<String, Object> variables) {
    JsonNode existing = call("GET", "/process-instance?processDefinitionKey=" + ProtectionCase.PROCESS_KEY
        + "&variables=" + URLEncoder.encode(VAR_REFERRED_FROM_CASE + "_eq_" + referredFromCase, StandardCharsets.UTF_8), null);
    if (existing.isArray() && !existing.isEmpty()) {
      return existing.get(0).path("businessKey").asText();
    }
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    typed.put(VAR_REFERRED_FROM_CASE, Map.of("value", referredFromCase));
    JsonNode started = call("POST", "/message", Map.of(
        "messageName", ProtectionCase.MESSAGE_REPORT_RECEIVED,
        "processVariables", typed,
        "resultEnabled", true));
    return started.path(0).path("processInstance").path("businessKey").asText();
  }

  private JsonNode call(String method, String path, Object body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(engine.url() + path))
          .timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json");
      if (engine.hasCredentials()) {
        request.header("Authorization", engine.authorization());
      }
      if (body == null) {
        request.GET();
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Engine REST call failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the engine", e);
    }
  }
}
