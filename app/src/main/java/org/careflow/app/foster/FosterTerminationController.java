package org.careflow.app.foster;

import static org.careflow.contract.FosterCare.*;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.engine.Privileged;
import org.careflow.contract.Jurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Raises the termination of a formal foster relationship, at any time, on one of the six grounds
 * of the standard. The county's civil-affairs officers and managers may raise it; the app checks
 * that, then the engine ends the relationship as the platform.
 */
@RestController
class FosterTerminationController {

  record Termination(String terminationGround, Boolean rightsInfringed, String terminationNotes) {
  }

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final IdentityService identity;

  FosterTerminationController(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.identity = identity;
  }

  @PostMapping("/api/foster-placements/{caseNumber}/termination")
  ResponseEntity<Map<String, String>> terminate(@PathVariable String caseNumber, @RequestBody Termination termination) {
    TerminationGround ground = ground(termination.terminationGround());
    if (termination.terminationNotes() == null || termination.terminationNotes().isBlank()) {
      return error(HttpStatus.BAD_REQUEST, "A termination needs terminationNotes: what happened");
    }
    Authentication user = identity.getCurrentAuthentication();
    String county = countyOf(caseNumber);
    if (county == null || user == null || !mayTerminate(user, county)) {
      return error(HttpStatus.NOT_FOUND, "No foster placement " + caseNumber + " in your jurisdiction");
    }
    try {
      Privileged.asPlatform(identity, () -> runtime.createMessageCorrelation(MESSAGE_TERMINATION_RAISED)
          .processInstanceBusinessKey(caseNumber)
          .setVariable(VAR_TERMINATION_GROUND, ground.name())
          .setVariable(VAR_RIGHTS_INFRINGED, Boolean.TRUE.equals(termination.rightsInfringed()))
          .setVariable(VAR_TERMINATION_NOTES, termination.terminationNotes())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException notFormal) {
      return error(HttpStatus.CONFLICT, "Foster placement " + caseNumber + " is not in formal fostering: nothing to terminate");
    }
    return ResponseEntity.accepted().body(Map.of("caseNumber", caseNumber, "terminationGround", ground.name()));
  }

  private static TerminationGround ground(String value) {
    try {
      return TerminationGround.valueOf(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("terminationGround must be one of the six grounds of the standard: "
          + Arrays.toString(TerminationGround.values()));
    }
  }

  private String countyOf(String caseNumber) {
    return jdbc.query("""
        select t.parent_code from careflow.foster_placement p
          join careflow.child c on c.id = p.child_id
          join careflow.region v on v.code = c.village_code
          join careflow.region t on t.code = v.parent_code
        where p.case_number = ?""", (rs, i) -> rs.getString(1), caseNumber).stream().findFirst().orElse(null);
  }

  private static boolean mayTerminate(Authentication user, String county) {
    var groups = user.getGroupIds() == null ? java.util.List.<String>of() : user.getGroupIds();
    return groups.contains(Jurisdiction.ROLE_ADMINS) || groups.contains(Jurisdiction.civilAffairsOf(county))
        || groups.contains(Jurisdiction.managersOf(county));
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
