package org.careflow.app.api;

import static org.careflow.contract.ProtectionCase.*;


import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.app.engine.PlainText;
import org.careflow.contract.Decisions;
import org.careflow.contract.Jurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 24-hour protection hotline: a report taken by the county's protection agency opens a
 * protection case. The caller's engine authorizations apply; a refused report opens nothing.
 */
@RestController
class HotlineController {

  record HotlineReport(
      Long childId, String newChildName, String newChildBirthDate, String villageCode,
      Boolean childLivingAlone, Boolean childMissing, Boolean guardianIncapacitated,
      Boolean guardianNeglect, Boolean domesticViolence, Boolean severe,
      String situationDescription, String reporterName, String reporterPhone) {
  }

  record CaseOpened(String caseNumber, String processInstanceId) {
  }

  private final RuntimeService runtime;
  private final IdentityService identity;

  HotlineController(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @PostMapping("/api/hotline/reports")
  @ResponseStatus(HttpStatus.CREATED)
  CaseOpened report(@RequestBody HotlineReport report) {
    var caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Jurisdiction.ROLE_AGENCY_STAFF)) {
      throw new AuthorizationException("Hotline reports are taken by the protection agency's staff");
    }
    require(report.situationDescription(), "situationDescription", "what is happening to the child");
    require(report.reporterName(), "reporterName", "who is calling");
    // the limits of the case record the worker files (careflow.protection_case, careflow.child)
    limit(report.reporterName(), "reporterName", 100);
    limit(report.reporterPhone(), "reporterPhone", 30);
    limit(report.situationDescription(), "situationDescription", 4000);
    limit(report.newChildName(), "newChildName", 100);
    PlainText.refuseUnsafeLine("reporterName", report.reporterName());
    PlainText.refuseUnsafeLine("reporterPhone", report.reporterPhone());
    PlainText.refuseUnsafeLine("newChildName", report.newChildName());
    PlainText.refuseUnsafeNote("situationDescription", report.situationDescription());
    Map<String, Object> variables = new HashMap<>();
    put(variables, Jurisdiction.VAR_CHILD_ID, report.childId());
    put(variables, VAR_NEW_CHILD_NAME, report.newChildName());
    put(variables, VAR_NEW_CHILD_BIRTH_DATE, report.newChildBirthDate());
    put(variables, Jurisdiction.VAR_VILLAGE, report.villageCode());
    put(variables, Decisions.IN_CHILD_LIVING_ALONE, report.childLivingAlone());
    put(variables, Decisions.IN_CHILD_MISSING, report.childMissing());
    put(variables, Decisions.IN_GUARDIAN_INCAPACITATED, report.guardianIncapacitated());
    put(variables, Decisions.IN_GUARDIAN_NEGLECT, report.guardianNeglect());
    put(variables, Decisions.IN_DOMESTIC_VIOLENCE, report.domesticViolence());
    put(variables, Decisions.IN_SEVERE, report.severe());
    put(variables, VAR_SITUATION, report.situationDescription());
    put(variables, VAR_REPORTER_NAME, report.reporterName());
    put(variables, VAR_REPORTER_PHONE, report.reporterPhone());
    variables.put(VAR_REPORT_CHANNEL, CHANNEL_HOTLINE);
    ProcessInstance opened = runtime.createMessageCorrelation(MESSAGE_REPORT_RECEIVED)
        .setVariables(variables)
        .correlateStartMessage();
    return new CaseOpened(opened.getBusinessKey(), opened.getId());
  }

  private static void require(String value, String field, String meaning) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A hotline report needs " + field + " (" + meaning + ")");
    }
  }

  private static void limit(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new IllegalArgumentException(field + " holds at most " + maxLength + " characters, not " + value.length());
    }
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}
