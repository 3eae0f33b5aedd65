package org.careflow.app.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.careflow.app.caseprocess.CaseProcess;
import org.careflow.app.engine.Privileged;
import org.springframework.stereotype.Component;

/**
 * Who may start a process is declared in its model ({@code careflow.starters}): those role groups
 * get READ and CREATE_INSTANCE on the process key and CREATE on process instances. Granted inside
 * every new deployment, in its transaction (the build's, or an analyst's through
 * /engine-rest/deployment/create), and again at each start by AccessSetup for what is deployed.
 */
@Component
class StartRights extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new AfterDeployment());
  }

  /** Grants for these processes; each grant once, as the engine flushes new grants only at the end. */
  static void grant(Grants grants, Collection<Process> processes) {
    Map<String, Set<String>> startersByKey = new LinkedHashMap<>();
    for (Process process : processes) {
      List<String> starters = CaseProcess.of(process).starters();
      if (process.isExecutable() && !starters.isEmpty()) {
        startersByKey.computeIfAbsent(process.getId(), key -> new LinkedHashSet<>()).addAll(starters);
      }
    }
    Set<String> starters = new LinkedHashSet<>();
    startersByKey.forEach((processKey, roles) -> roles.forEach(role -> {
      grants.grant(role, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
      starters.add(role);
    }));
    starters.forEach(role -> grants.grant(role, PROCESS_INSTANCE, ANY, CREATE));
  }

  static final class AfterDeployment implements Deployer {
    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew()) {
        return;
      }
      List<Process> processes = new ArrayList<>();
      for (ResourceEntity resource : deployment.getResources().values()) {
        if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
          processes.addAll(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
              .getModelElementsByType(Process.class));
        }
      }
      if (!processes.isEmpty()) {
        // the deploying analyst may not grant anything; the platform grants what the model declares
        Privileged.run(() -> grant(new Grants(Context.getProcessEngineConfiguration().getAuthorizationService()), processes));
      }
    }
  }
}
