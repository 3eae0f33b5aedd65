package org.careflow.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careflow.app.api.ApiErrors;
import org.careflow.app.registry.ChildCards.Card;
import org.careflow.app.registry.ReadAudit.Channel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child a task is about, for whoever may read the task: one task, or a page of Tasklist's list
 * in one request. {@code /api} is for HTTP Basic (or bearer) callers; {@code /pages/child-cards} is
 * the same answer for Tasklist's own session (its task cards and task view ask there).
 */
@RestController
class ChildCardsApi {

  private final ChildCards cards;

  ChildCardsApi(ChildCards cards) {
    this.cards = cards;
  }

  @GetMapping("/api/tasks/{taskId}/child-card")
  Card card(@PathVariable String taskId, Locale locale, HttpServletRequest request) {
    return cards.forTask(taskId, locale, Channel.API, request.getRemoteAddr())
        .orElseThrow(() -> new ApiErrors.NotFound("refusal.notfound.task-card", taskId));
  }

  @GetMapping("/api/child-cards")
  Map<String, List<Card>> cards(@RequestParam(name = "taskId", required = false) List<String> taskIds, Locale locale,
      HttpServletRequest request) {
    return Map.of("cards", cards.forTasks(taskIds == null ? List.of() : taskIds, locale, Channel.API, request.getRemoteAddr()));
  }

  @GetMapping("/pages/child-cards")
  Map<String, List<Card>> tasklistCards(@RequestParam(name = "taskId", required = false) List<String> taskIds, Locale locale,
      HttpServletRequest request) {
    return Map.of("cards", cards.forTasks(taskIds == null ? List.of() : taskIds, locale, Channel.TASKLIST, request.getRemoteAddr()));
  }
}
