package org.careflow.app.engine;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The configured history level, less two things: the history of the variables named here (the
 * report's personal data, which the app's records keep), and the copy of every submitted form
 * field's text that level {@code full} writes besides the variable's own history (it has no
 * variable to filter on, and the variables' history already holds every other value).
 *
 * <p>It keeps the configured level's id and name, so the database's recorded level still matches,
 * and compares equal to it, because the engine asks {@code historyLevel.equals(HISTORY_LEVEL_FULL)}
 * to decide, for one, whether history clean-up removes the details.
 */
final class PersonalDataOutOfHistory implements HistoryLevel {

  private final HistoryLevel configured;
  private final Set<String> personalVariables;

  PersonalDataOutOfHistory(HistoryLevel configured, Collection<String> personalVariables) {
    this.configured = configured;
    this.personalVariables = Set.copyOf(personalVariables);
  }

  @Override
  public int getId() {
    return configured.getId();
  }

  @Override
  public String getName() {
    return configured.getName();
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    String variable = variableName(entity);
    if (variable != null && personalVariables.contains(variable)) {
      return false;
    }
    return configured.isHistoryEventProduced(eventType, entity);
  }

  private static String variableName(Object entity) {
    if (entity instanceof VariableInstance variable) {
      return variable.getName();
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return update.getVariableName();
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalDataOutOfHistory wrapped ? configured.equals(wrapped.configured) : configured.equals(other);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(configured);
  }

  @Override
  public String toString() {
    return configured + " without the history of " + personalVariables + " and of form fields";
  }
}
