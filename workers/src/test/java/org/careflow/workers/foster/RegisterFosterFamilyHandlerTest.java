package org.careflow.workers.foster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.foster.FosterRecords;
import org.careflow.workers.WorkerProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RegisterFosterFamilyHandlerTest {

  FosterRecords records = mock(FosterRecords.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  RegisterFosterFamilyHandler handler = new RegisterFosterFamilyHandler(records,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void theLiFamily() {
    when(task.getBusinessKey()).thenReturn("FC-2026-000003");
    when(task.getRetries()).thenReturn(3);
    when(task.getVariable("familyName")).thenReturn("Li");
    when(task.getVariable("address")).thenReturn("12 Willow Lane, Lianhua");
    when(task.getVariable("familyVillageCode")).thenReturn("lianhua");
    when(task.getVariable("familyHarmonious")).thenReturn(true);
    when(task.getVariable("allMembersAgree")).thenReturn("true");
    when(records.registerFamily(any())).thenReturn(7L);
    when(records.currentFosterChildren(7L)).thenReturn(2);
  }

  @Test
  void aFiveYearOldCountsAsUnderSixAndCompletesWithTheCountsOnRecord() {
    when(task.getVariable("otherChildrenAges")).thenReturn("5, 11");

    handler.execute(task, service);

    var family = ArgumentCaptor.forClass(FosterRecords.Family.class);
    verify(records).registerFamily(family.capture());
    assertThat(family.getValue()).isEqualTo(new FosterRecords.Family(
        "Li", "12 Willow Lane, Lianhua", "lianhua", false, false, true, true, 1));
    verify(service).complete(task, Map.of("familyId", 7L, "currentFosterChildren", 2, "otherChildrenUnder6", 1));
  }

  @Test
  void aSixYearOldDoesNotCount() {
    when(task.getVariable("otherChildrenAges")).thenReturn("6, 11");

    handler.execute(task, service);

    verify(service).complete(task, Map.of("familyId", 7L, "currentFosterChildren", 2, "otherChildrenUnder6", 0));
  }

  @Test
  void noAgesAndNoVillageMeanNoOtherChildrenAndAnUnknownVillage() {
    when(task.getVariable("otherChildrenAges")).thenReturn("  ");
    when(task.getVariable("familyVillageCode")).thenReturn(null);
    when(task.getVariable("allMembersAgree")).thenReturn(null);

    handler.execute(task, service);

    var family = ArgumentCaptor.forClass(FosterRecords.Family.class);
    verify(records).registerFamily(family.capture());
    assertThat(family.getValue().villageCode()).isNull();
    assertThat(family.getValue().allMembersAgree()).isFalse();
    verify(service).complete(task, Map.of("familyId", 7L, "currentFosterChildren", 2, "otherChildrenUnder6", 0));
  }

  @Test
  void anAgeThatIsNotANumberFailsWithRetriesAndRegistersNothing() {
    when(task.getVariable("otherChildrenAges")).thenReturn("4, ten");

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("'ten'"), anyString(), eq(2), eq(1_000L));
    verify(records, never()).registerFamily(any());
    verify(service, never()).complete(any(), anyMap());
  }

  @Test
  void aNegativeAgeFails() {
    when(task.getVariable("otherChildrenAges")).thenReturn("-3");

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("negative age"), anyString(), eq(2), anyLong());
    verify(records, never()).registerFamily(any());
  }

  @Test
  void agesCountInAnyCommonNotation() {
    assertThat(FosterVariables.childrenUnder6("4,11")).isEqualTo(1);
    assertThat(FosterVariables.childrenUnder6("0 5.5 6")).isEqualTo(2);
    assertThat(FosterVariables.childrenUnder6("[3, 4]")).isEqualTo(2);
    assertThat(FosterVariables.childrenUnder6(null)).isZero();
    assertThatThrownBy(() -> FosterVariables.childrenUnder6("four"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("otherChildrenAges");
  }

  @Test
  void agesMayArriveAsAList() {
    when(task.getVariable("otherChildrenAges")).thenReturn(List.of(2L, 9L));

    handler.execute(task, service);

    verify(service).complete(task, Map.of("familyId", 7L, "currentFosterChildren", 2, "otherChildrenUnder6", 1));
  }

  @Test
  void aFamilyWithoutAddressIsNotRegistered() {
    when(task.getVariable("address")).thenReturn(null);

    handler.execute(task, service);

    verify(service).handleFailure(eq(task), contains("address"), anyString(), eq(2), anyLong());
    verify(records, never()).registerFamily(any());
  }
}
