package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class PersonalDataOutOfHistoryTest {

  HistoryLevel level = new PersonalDataOutOfHistory(HistoryLevel.HISTORY_LEVEL_FULL, Set.of("reporterPhone"));

  @Test
  void aPersonalVariableHasNoHistoryAndAnyOtherKeepsAll() {
    for (var type : new HistoryEventTypes[] {HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
        HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE}) {
      assertThat(level.isHistoryEventProduced(type, variable("reporterPhone"))).as(type.name()).isFalse();
      assertThat(level.isHistoryEventProduced(type, variable("childId"))).as(type.name()).isTrue();
    }
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update("reporterPhone"))).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update("childId"))).isTrue();
  }

  @Test
  void submittedFormFieldsAreNotCopiedAndTheRestIsAsConfigured() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_COMPLETE, null)).isTrue();

    HistoryLevel audit = new PersonalDataOutOfHistory(HistoryLevel.HISTORY_LEVEL_AUDIT, Set.of("reporterPhone"));
    assertThat(audit.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update("childId")))
        .as("what the configured level leaves out stays out").isFalse();
  }

  @Test
  void itIsTheConfiguredLevelToTheDatabaseAndToTheEnginesComparisons() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo("full");
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_FULL)).isTrue();
    assertThat(level.equals(HistoryLevel.HISTORY_LEVEL_NONE)).isFalse();
    assertThat(level.hashCode()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.hashCode());
  }

  private static VariableInstanceEntity variable(String name) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setName(name);
    return variable;
  }

  private static HistoricVariableUpdateEventEntity update(String name) {
    HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
    update.setVariableName(name);
    return update;
  }
}
