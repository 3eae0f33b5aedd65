package org.careflow.app.modelcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Every deployment, from the build or from the Modeler through /engine-rest, is checked by the
 * engine with the build's model rules. A model that breaks one is refused with the element and
 * the rule named, and nothing of the deployment is stored.
 */
@Component
class DeploymentRules extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new RulesDeployer(HandlerTopics.onClasspath()));
  }

  static final class RulesDeployer implements Deployer {

    private final Set<String> topics;

    RulesDeployer(Set<String> topics) {
      this.topics = Set.copyOf(topics);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew()) {
        return;
      }
      var resources = deployment.getResources().values();
      ModelRules rules = new ModelRules(formIds(resources), topics);
      List<ModelRules.Violation> violations = new ArrayList<>();
      for (ResourceEntity resource : resources) {
        String name = resource.getName();
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          violations.addAll(rules.checkBpmn(name, new ByteArrayInputStream(resource.getBytes())));
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          violations.addAll(rules.checkDmn(name, new ByteArrayInputStream(resource.getBytes())));
        }
      }
      if (!violations.isEmpty()) {
        throw new ProcessEngineException("Deployment '" + deployment.getName() + "' refused by the CareFlow model rules: "
            + violations.stream().map(ModelRules.Violation::toString).collect(Collectors.joining("; ")));
      }
    }

    /** Forms are bound to the deployment (formRefBinding=deployment): only forms deployed with the model count. */
    private static Set<String> formIds(Iterable<ResourceEntity> resources) {
      Set<String> ids = new HashSet<>();
      for (ResourceEntity resource : resources) {
        if (resource.getName().endsWith(".form")) {
          try {
            ids.add(JSON.readTree(resource.getBytes()).path("id").asText());
          } catch (IOException e) {
            throw new ProcessEngineException("Form '" + resource.getName() + "' is not valid JSON: " + e.getMessage());
          }
        }
      }
      return ids;
    }
  }
}
