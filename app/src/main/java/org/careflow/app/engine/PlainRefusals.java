package org.careflow.app.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API answers any exception from a listener as 500, wrapped in
 * {@code ENGINE-03051 There was an exception while invoking the TaskListener…}, and most of its
 * resources answer a {@code BadUserRequestException} from the command as 500 too. When the platform
 * refused the input ({@link RefusedInput}) during the request and the error answer carries that
 * refusal, this answers 400 with the refusal's message alone, which Tasklist shows the caseworker.
 * The command has been rolled back by then: nothing was written. Reads and the workers' long-polling
 * fetch pass untouched.
 */
class PlainRefusals extends OncePerRequestFilter {

  private static final ThreadLocal<RefusedInput[]> REFUSAL = new ThreadLocal<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  static void noted(RefusedInput refusal) {
    RefusedInput[] slot = REFUSAL.get();
    if (slot != null) {
      slot[0] = refusal;
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || request.getRequestURI().endsWith("/fetchAndLock");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    RefusedInput[] slot = new RefusedInput[1];
    REFUSAL.set(slot);
    try {
      chain.doFilter(request, answer);
      RefusedInput refusal = slot[0];
      if (refusal != null && answer.getStatus() >= 500 && carries(answer, refusal.getMessage())) {
        answer.resetBuffer();
        answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        answer.setContentType("application/json");
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        answer.getOutputStream().write(JSON.writeValueAsBytes(
            Map.of("type", "RefusedInput", "message", refusal.getMessage())));
      }
    } finally {
      REFUSAL.remove();
      answer.copyBodyToResponse();
    }
  }

  private static boolean carries(ContentCachingResponseWrapper answer, String message) {
    try {
      JsonNode body = JSON.readTree(answer.getContentAsByteArray());
      return body != null && body.path("message").asText("").contains(message);
    } catch (IOException notJson) {
      return false;
    }
  }
}
