package org.careflow.app.api;

import org.careflow.app.engine.RefusedDoor;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.language.Phrase;
import static org.careflow.contract.ProtectionCase.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careflow.app.child.ReportText;
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
      String situationDescription, String reporterName, String reporterPhone) {
  }

  record CaseOpened(String caseNumber, String processInstanceId) {
  }

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ObjectMapper json;

  HotlineController(RuntimeService runtime, IdentityService identity, ObjectMapper json) {
    this.runtime = runtime;
    this.identity = identity;
    this.json = json;
  }

  @PostMapping("/api/hotline/reports")
  @ResponseStatus(HttpStatus.CREATED)
  CaseOpened report(@RequestBody JsonNode body) {
    var caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Jurisdiction.ROLE_AGENCY_STAFF)) {
      throw new RefusedDoor("refusal.door.hotline");
    }
    HotlineReport report = fields(body);
    require(report.situationDescription(), "situationDescription", "refusal.hotline.field.situation");
    require(report.reporterName(), "reporterName", "refusal.hotline.field.reporter");
    ReportText.check(report.reporterName(), report.reporterPhone(), report.situationDescription(), report.newChildName());
    Map<String, Object> variables = new HashMap<>();
    put(variables, Jurisdiction.VAR_CHILD_ID, report.childId());
    put(variables, VAR_NEW_CHILD_NAME, report.newChildName());
    put(variables, VAR_NEW_CHILD_BIRTH_DATE, report.newChildBirthDate());
    put(variables, Jurisdiction.VAR_VILLAGE, report.villageCode());
    for (String situation : Decisions.REPORT_SITUATIONS) {
      put(variables, situation, flag(body, situation));
    }
    put(variables, VAR_SITUATION, report.situationDescription());
    put(variables, VAR_REPORTER_NAME, report.reporterName());
    put(variables, VAR_REPORTER_PHONE, report.reporterPhone());
    variables.put(VAR_REPORT_CHANNEL, CHANNEL_HOTLINE);
    ProcessInstance opened = runtime.createMessageCorrelation(MESSAGE_REPORT_RECEIVED)
        .setVariables(variables)
        .correlateStartMessage();
    return new CaseOpened(opened.getBusinessKey(), opened.getId());
  }

  private HotlineReport fields(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new RefusedInput("refusal.hotline.not-an-object");
    }
    try {
      return json.treeToValue(body, HotlineReport.class);
    } catch (JsonProcessingException e) {
      throw new RefusedInput("refusal.hotline.wrong-type", e.getOriginalMessage());
    }
  }

  /** A situation flag (Decisions.REPORT_SITUATIONS): true, false or absent. */
  private static Boolean flag(JsonNode body, String situation) {
    JsonNode value = body.get(situation);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
      return Boolean.valueOf(value.textValue());
    }
    throw new RefusedInput("refusal.hotline.flag", situation, value);
  }

  private static void require(String value, String field, String meaningKey) {
    if (value == null || value.isBlank()) {
      throw new RefusedInput("refusal.hotline.needs", field, Phrase.of(meaningKey));
    }
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}
