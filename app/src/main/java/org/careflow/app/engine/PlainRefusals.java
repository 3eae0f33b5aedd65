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
import org.careflow.app.language.Refusal;
import org.careflow.app.language.RequestLanguage;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API answers any exception from a listener as 500, wrapped in
 * {@code ENGINE-03051 There was an exception while invoking the TaskListener…}, and most of its
 * resources answer a {@code BadUserRequestException} from the command as 500 too. When the platform
 * refused the input ({@link RefusedInput}) during the request and the error answer carries that
 * refusal, this answers 400 with the refusal's message alone, which Tasklist shows the caseworker.
 * The command has been rolled back by then: nothing was written. A door the platform shut
 * ({@link RefusedDoor}) keeps its 403. Either message is given in the caller's language
 * ({@link RequestLanguage}). Reads and the workers' long-polling fetch pass untouched.
 */
class PlainRefusals extends OncePerRequestFilter {

  private static final ThreadLocal<Refusal[]> REFUSAL = new ThreadLocal<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  static void noted(Refusal refusal) {
    Refusal[] slot = REFUSAL.get();
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
    Refusal[] slot = new Refusal[1];
    REFUSAL.set(slot);
    try {
      chain.doFilter(request, answer);
      Refusal refusal = slot[0];
      if (refusal instanceof RefusedInput input && answer.getStatus() >= 400 && carries(answer, input.getMessage())) {
        answerWith(answer, HttpServletResponse.SC_BAD_REQUEST, "RefusedInput", refusal.message(RequestLanguage.of(request)));
      } else if (refusal instanceof RefusedDoor door && answer.getStatus() == HttpServletResponse.SC_FORBIDDEN
          && carries(answer, door.getMessage())) {
        answerWith(answer, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", refusal.message(RequestLanguage.of(request)));
      }
    } finally {
      REFUSAL.remove();
      answer.copyBodyToResponse();
    }
  }

  private static void answerWith(ContentCachingResponseWrapper answer, int status, String type, String message)
      throws IOException {
    answer.resetBuffer();
    answer.setStatus(status);
    answer.setContentType("application/json");
    answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
    answer.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", type, "message", message)));
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
