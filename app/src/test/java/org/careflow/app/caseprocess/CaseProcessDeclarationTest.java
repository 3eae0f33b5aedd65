package org.careflow.app.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A case process nobody wrote Java for: an analyst deploys it at runtime, and its own model says
 * how its cases are numbered and who starts it.
 */
class CaseProcessDeclarationTest extends PlatformTest {

  private static final String KEY = "home-visit-check";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuthorizationService authorizations;

  @Test
  void aProcessDeployedAtRuntimeNumbersItsCasesWithItsPrefixAndOnlyItsStartersStartIt() {
    ResponseEntity<Map<String, Object>> deployed = deploy("analyst", caseProcess("HV", "child-supervisors"));
    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("child-supervisors")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).hasPermission(Permissions.CREATE_INSTANCE).count())
        .isEqualTo(1);
    long child = jdbc.queryForObject("select id from careflow.child where full_name = '刘小雨'", Long.class);

    ResponseEntity<Map<String, Object>> bySupervisor = new Rest(http, "supervisor.hetang")
        .post("/process-definition/key/" + KEY + "/start", Rest.variables(Map.of("childId", child)));
    ResponseEntity<Map<String, Object>> byDirector = new Rest(http, "director.lianhua")
        .post("/process-definition/key/" + KEY + "/start", Rest.variables(Map.of("childId", child)));

    assertThat(bySupervisor.getStatusCode()).as(String.valueOf(bySupervisor.getBody())).isEqualTo(HttpStatus.OK);
    assertThat((String) bySupervisor.getBody().get("businessKey")).matches("HV-\\d{4}-\\d{6}");
    // not a starter: the engine does not even show the director the definition
    assertThat(byDirector.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case where process_key = ?", Integer.class, KEY))
        .isEqualTo(1);
  }

  @Test
  void aGuardedProcessWithoutAPrefixIsNotDeployed() {
    ResponseEntity<Map<String, Object>> refused = deploy("analyst", caseProcess(null, "child-supervisors")
        .replace(KEY, "unnumbered-check"));

    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody().get("message").toString()).contains("declares its case-number prefix");
  }

  /** Start, the jurisdiction guard, end; with its declarations as extension properties. */
  private static String caseProcess(String prefix, String starters) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_VisitDue").endEvent("EndEvent_Checked").done();
    Process process = model.getModelElementById(KEY);
    process.setCamundaIsStartableInTasklist(false);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    process.setExtensionElements(extensions);
    CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
    if (prefix != null) {
      property(model, properties, CaseProcess.CASE_NUMBER_PREFIX, prefix);
    }
    property(model, properties, CaseProcess.STARTERS, starters);
    CamundaExecutionListener guard = extensions.addExtensionElement(CamundaExecutionListener.class);
    guard.setCamundaEvent("start");
    guard.setCamundaDelegateExpression("${jurisdictionGuard}");
    return Bpmn.convertToString(model);
  }

  private static void property(BpmnModelInstance model, CamundaProperties properties, String name, String value) {
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.getCamundaProperties().add(property);
  }

  private ResponseEntity<Map<String, Object>> deploy(String user, String bpmn) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "from the Modeler");
    body.add("data", new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return "case-process.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, Rest.PASSWORD).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<Map<String, Object>>() {
        });
  }
}
