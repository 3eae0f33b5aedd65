package org.careflow.app.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes every completed step of a case into the case's timeline in the app's own tables: who did
 * what, when, and what their form recorded. In the same transaction as the completion, so the
 * timeline and the engine never disagree; it outlives engine history clean-up.
 */
class CaseTimeline implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final DeployedForms forms;

  CaseTimeline(JdbcTemplate jdbc, DeployedForms forms) {
    this.jdbc = jdbc;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (caseNumber == null) {
      return;
    }
    Map<String, Object> recorded = new LinkedHashMap<>();
    forms.of(task).forEach(field -> recorded.put(field.key(), simple(task.getVariable(field.key()))));
    String processKey = Privileged.call(() -> task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey());
    String actor = task.getAssignee() != null ? task.getAssignee() : currentUser(task);
    jdbc.update("""
        insert into careflow.case_event (case_number, process_key, activity_id, activity_name, actor, details)
        values (?, ?, ?, ?, ?, ?)""",
        caseNumber, processKey, task.getTaskDefinitionKey(), task.getName(), actor, json(recorded));
  }

  private static String currentUser(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static Object simple(Object value) {
    return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
        ? value : value.toString();
  }

  private static String json(Map<String, Object> values) {
    try {
      String text = JSON.writeValueAsString(values);
      return text.length() > 8000 ? text.substring(0, 8000) : text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
