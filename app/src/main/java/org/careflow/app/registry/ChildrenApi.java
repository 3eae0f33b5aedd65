package org.careflow.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.registry.ChildRecordChanges.ProposedChange;
import org.careflow.app.registry.ChildRegistration.NewChildForm;
import org.careflow.app.registry.DuplicateChildren.DuplicateChild;
import org.careflow.app.registry.ReadAudit.Channel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The children's registry through the app's API (HTTP Basic); the same rules as the pages. */
@RestController
class ChildrenApi {

  private final ChildRegistry registry;
  private final ChildRegistration registration;
  private final ChildRecordChanges changes;
  /** The API speaks English, whoever calls it. */
  private final PageTexts english;

  ChildrenApi(ChildRegistry registry, ChildRegistration registration, ChildRecordChanges changes, MessageSource messages) {
    this.registry = registry;
    this.registration = registration;
    this.changes = changes;
    this.english = new PageTexts(messages, Locale.ENGLISH);
  }

  @GetMapping("/api/children")
  List<ChildRegistry.Found> search(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
    return registry.search(q, Channel.API, request.getRemoteAddr());
  }

  @GetMapping("/api/children/{childId}")
  ChildRecordView read(@PathVariable long childId, HttpServletRequest request) {
    return registry.read(childId, Channel.API, request.getRemoteAddr());
  }

  @GetMapping("/api/children/{childId}/timeline")
  List<ChildTimeline.Entry> timeline(@PathVariable long childId, HttpServletRequest request) {
    return registry.timeline(childId, Channel.API, request.getRemoteAddr(), english);
  }

  @GetMapping("/api/children/{childId}/audit")
  List<ReadAudit.Entry> audit(@PathVariable long childId, HttpServletRequest request) {
    return registry.auditLog(childId, Channel.API, request.getRemoteAddr());
  }

  @PostMapping("/api/children")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> register(@RequestBody NewChildForm form) {
    return Map.of("id", registration.register(form));
  }

  @PostMapping("/api/children/{childId}/changes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> proposeChange(@PathVariable long childId, @RequestBody ProposedChange change) {
    return Map.of("caseNumber", changes.propose(childId, change));
  }

  @ExceptionHandler(DuplicateChild.class)
  ResponseEntity<Map<String, String>> duplicate(DuplicateChild e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
  }
}
