package org.careflow.app.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.contract.ProtectionCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the platform's rules to every deployed model (required form fields, read access for the
 * case's oversight groups, the case timeline) and to every command a signed-in person sends
 * (CommandDoors), whose authorization checks take the person's groups as given
 * (GivenGroupsAuthorization); runs again a task completion that lost a race on the case's lock
 * (CompletionRetry); and keeps the report's personal data out of the engine's history
 * (PersonalDataOutOfHistory).
 */
@Component
class CareFlowEnginePlugin extends AbstractProcessEnginePlugin {

  private final RequiredFieldsCheck requiredFields;
  private final TaskOversight oversight = new TaskOversight();
  private final AssigneeAccess assigneeAccess = new AssigneeAccess();
  private final CaseTimeline timeline;
  private final DeployedForms forms = new DeployedForms();

  CareFlowEnginePlugin(JdbcTemplate jdbc) {
    this.requiredFields = new RequiredFieldsCheck(forms);
    this.timeline = new CaseTimeline(jdbc, forms);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(parseListener());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CompletionRetry());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandDoors(configuration, forms));
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(GivenGroupsAuthorization.sessions());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryLevel(new PersonalDataOutOfHistory(configuration.getHistoryLevel(), ProtectionCase.REPORT_PERSONAL_DATA));
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, oversight);
        definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, assigneeAccess);
        if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
          definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, requiredFields);
          definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, timeline);
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity && element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
          activity.addListener(ExecutionListener.EVENTNAME_START, requiredFields);
        }
      }
    };
  }
}
