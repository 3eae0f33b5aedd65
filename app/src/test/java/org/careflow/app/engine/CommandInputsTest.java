package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CommandDoors reads what a command carries from the engine's own command classes. When an engine
 * upgrade (or a fork) renames one of those fields, this fails instead of the check going blind.
 */
class CommandInputsTest {

  static Stream<Arguments> fieldsTheDoorsRead() {
    return Stream.of(
        Arguments.of(StartProcessInstanceCmd.class, "instantiationBuilder"),
        Arguments.of(SubmitStartFormCmd.class, "businessKey"),
        Arguments.of(CorrelateMessageCmd.class, "builder"),
        Arguments.of(CorrelateAllMessageCmd.class, "builder"),
        Arguments.of(MessageCorrelationBuilderImpl.class, "startMessagesOnly"),
        Arguments.of(CompleteTaskCmd.class, "taskId"),
        Arguments.of(CompleteTaskCmd.class, "variables"),
        Arguments.of(ResolveTaskCmd.class, "variables"),
        Arguments.of(SubmitTaskFormCmd.class, "taskId"),
        Arguments.of(SubmitTaskFormCmd.class, "properties"),
        Arguments.of(HandleTaskBpmnErrorCmd.class, "variables"),
        Arguments.of(HandleTaskEscalationCmd.class, "variables"),
        Arguments.of(SetTaskVariablesCmd.class, "entityId"),
        Arguments.of(SetTaskVariablesCmd.class, "variables"),
        Arguments.of(SetExecutionVariablesCmd.class, "variables"),
        Arguments.of(PatchTaskVariablesCmd.class, "entityId"),
        Arguments.of(PatchExecutionVariablesCmd.class, "variables"),
        Arguments.of(PatchExecutionVariablesCmd.class, "deletions"),
        Arguments.of(RemoveTaskVariablesCmd.class, "variableNames"),
        Arguments.of(RemoveExecutionVariablesCmd.class, "entityId"),
        Arguments.of(ClaimTaskCmd.class, "userId"),
        Arguments.of(AssignTaskCmd.class, "taskId"),
        Arguments.of(AssignTaskCmd.class, "userId"),
        Arguments.of(SetTaskOwnerCmd.class, "userId"),
        Arguments.of(DelegateTaskCmd.class, "taskId"),
        Arguments.of(DelegateTaskCmd.class, "userId"),
        Arguments.of(SaveTaskCmd.class, "task"));
  }

  @ParameterizedTest(name = "{0} has {1}")
  @MethodSource("fieldsTheDoorsRead")
  void theEngineCommandStillHasTheField(Class<?> command, String field) {
    assertThat(CommandInputs.has(command, field)).isTrue();
  }

  @Test
  void readsTheVariablesAndNamesACommandWouldWrite() {
    var set = new SetExecutionVariablesCmd("execution-1", Map.of("childId", 3L), false);
    assertThat(CommandInputs.variables(set, "variables", "variableNames")).containsEntry("childId", 3L);
    var remove = new RemoveTaskVariablesCmd("task-1", java.util.List.of("villageCode"), true);
    assertThat(CommandInputs.variables(remove, "variables", "variableNames")).containsOnlyKeys("villageCode");
    assertThat(CommandInputs.text(new AssignTaskCmd("task-1", "director.xiwan"), "userId")).isEqualTo("director.xiwan");
  }
}
