package org.careflow.app.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.child.ChildRepository;
import org.careflow.app.engine.PlainText;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.jurisdiction.Jurisdictions;
import org.careflow.app.language.Phrase;
import org.careflow.app.region.RegionRepository;
import org.careflow.records.protection.ProtectionRecords;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unscheduled visit recorded from the field, beside the visits the monitoring stage schedules.
 * Only on an open case in the caller's jurisdiction.
 */
@RestController
class CaseVisitsController {

  record FieldVisit(String visitDate, Boolean childSafe, Boolean parentsRefuseGuardianship, String notes) {
  }

  /** The length of careflow.visit.notes. */
  private static final int MAX_NOTES = 4000;

  private final JdbcTemplate jdbc;
  /** The protection records own careflow.visit; this controller writes through them. */
  private final ProtectionRecords visits;
  private final ChildRepository children;
  private final RegionRepository regions;
  private final IdentityService identity;

  CaseVisitsController(JdbcTemplate jdbc, ChildRepository children, RegionRepository regions, IdentityService identity) {
    this.jdbc = jdbc;
    this.visits = new ProtectionRecords(jdbc);
    this.children = children;
    this.regions = regions;
    this.identity = identity;
  }

  @PostMapping("/api/cases/{caseNumber}/visits")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Map<String, Object> record(@PathVariable String caseNumber, @RequestBody FieldVisit visit) {
    Map<String, Object> kase = jdbc.queryForList(
        "select child_id, closed_at from careflow.protection_case where case_number = ?", caseNumber).stream()
        .findFirst().orElseThrow(() -> notFound(caseNumber));
    long childId = ((Number) kase.get("child_id")).longValue();
    var chain = children.find(childId).flatMap(child -> regions.chainOf(child.villageCode())).orElseThrow(() -> notFound(caseNumber));
    var user = identity.getCurrentAuthentication();
    if (user == null || !Jurisdictions.canSee(user, chain)) {
      throw notFound(caseNumber);
    }
    if (kase.get("closed_at") != null) {
      throw new ApiErrors.Conflict("refusal.conflict.case-closed", caseNumber);
    }
    LocalDate date = visitDate(visit.visitDate());
    LocalDate born = children.find(childId).map(child -> child.birthDate()).orElseThrow(() -> notFound(caseNumber));
    if (date.isBefore(born)) {
      throw new RefusedInput("refusal.visit.before-birth", date, born);
    }
    if (visit.notes() == null || visit.notes().isBlank()) {
      throw new RefusedInput("refusal.visit.notes-required");
    }
    PlainText.refuseUnsafeNote(Phrase.of("refusal.field.visit-notes"), visit.notes());
    if (visit.notes().length() > MAX_NOTES) {
      throw new RefusedInput("refusal.text.at-most-chars", Phrase.of("refusal.field.visit-notes"), MAX_NOTES, visit.notes().length());
    }
    visits.recordFieldVisit(caseNumber, date, Boolean.TRUE.equals(visit.childSafe()),
        Boolean.TRUE.equals(visit.parentsRefuseGuardianship()), visit.notes(), user.getUserId());
    return Map.of("caseNumber", caseNumber, "visitDate", date.toString());
  }

  private static LocalDate visitDate(String text) {
    if (text == null || text.isBlank()) {
      throw new RefusedInput("refusal.visit.date-required");
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isAfter(LocalDate.now())) {
        throw new RefusedInput("refusal.visit.date-future", date);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new RefusedInput("refusal.visit.not-a-date", text);
    }
  }

  private static ApiErrors.NotFound notFound(String caseNumber) {
    return new ApiErrors.NotFound("refusal.notfound.case", caseNumber);
  }
}
