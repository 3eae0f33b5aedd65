package org.careflow.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
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
import org.springframework.util.LinkedMultiValueMap;

/** Deploying from the Modeler through /engine-rest: only analysts, and only models that keep the rules. */
class DeploymentRulesTest extends PlatformTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;

  @Test
  void aBrokenModelIsRefusedNamingEachElementAndRuleAndNothingIsDeployed() {
    BpmnModelInstance broken = Bpmn.createExecutableProcess("analyst-draft")
        .startEvent("StartEvent_Draft").camundaFormRef("no-such-start-form")
        .userTask("Task_Review").camundaFormRef("no-such-form").camundaCandidateGroups("analysts")
        .serviceTask("ServiceTask_Unknown").camundaExternalTask("noSuchTopic")
        .endEvent("End_Draft")
        .done();
    broken.<Process>getModelElementById("analyst-draft").setCamundaHistoryTimeToLiveString(null);
    long deployments = repository.createDeploymentQuery().count();

    ResponseEntity<Map<String, Object>> refused = deploy("analyst", "analyst-draft.bpmn", Bpmn.convertToString(broken));

    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody().get("message").toString()).contains(
        "analyst-draft.bpmn / analyst-draft: process has no history time-to-live",
        "analyst-draft.bpmn / Task_Review: form 'no-such-form' does not exist",
        "analyst-draft.bpmn / ServiceTask_Unknown: topic 'noSuchTopic' has no handler in workers/");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-draft").count()).isZero();
  }

  @Test
  void aModelThatKeepsTheRulesIsDeployedByAnAnalystButNotByACaseworker() {
    BpmnModelInstance fine = Bpmn.createExecutableProcess("analyst-check").camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Check")
        .serviceTask("ServiceTask_Mail").camundaExternalTask("mailGuardianshipReceipt")
        .endEvent("End_Check")
        .done();
    fine.<Process>getModelElementById("analyst-check").setCamundaIsStartableInTasklist(false);

    assertThat(deploy("director.lianhua", "analyst-check.bpmn", Bpmn.convertToString(fine)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> deployed = deploy("analyst", "analyst-check.bpmn", Bpmn.convertToString(fine));
    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-check").count()).isEqualTo(1);
  }

  // each form's English text sits next to it (visit.en.properties); the engine deploys the forms/ *.form files only
  @Test
  void theApplicationDeploysTheFormsButNotTheirEnglishSidecars() {
    var resources = repository.createDeploymentQuery().list().stream()
        .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream()).toList();
    assertThat(resources).anyMatch(name -> name.endsWith("visit.form"));
    assertThat(resources).noneMatch(name -> name.endsWith(".properties"));
  }

  private ResponseEntity<Map<String, Object>> deploy(String user, String fileName, String bpmn) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "from the Modeler");
    body.add("data", new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, Rest.PASSWORD).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<Map<String, Object>>() {
        });
  }
}
