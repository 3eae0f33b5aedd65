package org.careflow.app.platform;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** /engine-rest calls as a given demo user. */
public record Rest(TestRestTemplate http, String user) {

  public static final String PASSWORD = "demo";

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  /** The app's own API and other calls as this user. */
  public TestRestTemplate as() {
    return http.withBasicAuth(user, PASSWORD);
  }

  public List<Map<String, Object>> list(String path) {
    ResponseEntity<List<Map<String, Object>>> response = as().exchange("/engine-rest" + path, HttpMethod.GET, null, LIST);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(user + " GET " + path + " -> " + response.getStatusCode());
    }
    return response.getBody();
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return as().exchange("/engine-rest" + path, HttpMethod.GET, null, MAP);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return as().exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body), MAP);
  }

  public ResponseEntity<Map<String, Object>> put(String path, Object body) {
    return as().exchange("/engine-rest" + path, HttpMethod.PUT, new HttpEntity<>(body), MAP);
  }

  /** Camunda's REST variable format: {"name": {"value": ...}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    var variables = new java.util.LinkedHashMap<String, Object>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
