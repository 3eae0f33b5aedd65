package org.careflow.workers.guardianship;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.careflow.records.guardianship.GuardianshipRecords;
import org.careflow.workers.WorkerProperties;
import org.careflow.workers.protection.ProtectionReferrals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferForProtectionHandlerTest {

  GuardianshipRecords records = mock(GuardianshipRecords.class);
  ProtectionReferrals referrals = mock(ProtectionReferrals.class);
  ExternalTask task = mock(ExternalTask.class);
  ExternalTaskService service = mock(ExternalTaskService.class);
  ReferForProtectionHandler handler = new ReferForProtectionHandler(records, referrals,
      new WorkerProperties(true, null, null, null, null, null, null, 1_000L, null));

  @BeforeEach
  void childInDongpo() {
    when(task.getBusinessKey()).thenReturn("EG-2026-000003");
    when(task.getProcessInstanceId()).thenReturn("pi-3");
    when(task.getVariable("childId")).thenReturn(5);
    when(task.getVariable("villageCode")).thenReturn("dongpo");
    when(task.getVariable("supervisorNote")).thenReturn("No relative nearby");
  }

  @Test
  void recordsTheReferralAndOpensAProtectionCaseForAChildLivingAlone() {
    when(referrals.openCase(eq("EG-2026-000003"), any())).thenReturn("CP-2026-000009");

    handler.execute(task, service);

    verify(records).recordReferral(eq("EG-2026-000003"), eq("pi-3"), eq(5L), eq("ENTRUSTED_GUARDIANSHIP"), contains("No relative nearby"));
    verify(referrals).openCase(eq("EG-2026-000003"), argThat(variables -> Boolean.TRUE.equals(variables.get("childLivingAlone"))
        && "GUARDIANSHIP_REFERRAL".equals(variables.get("reportChannel")) && "dongpo".equals(variables.get("villageCode"))));
    verify(service).complete(task, Map.of("protectionCaseNumber", "CP-2026-000009"));
  }

  @Test
  void anEngineThatCannotOpenTheCaseMeansARetryNotALostReferral() {
    when(referrals.openCase(anyString(), any())).thenThrow(new IllegalStateException("POST /message answered 500"));
    when(task.getRetries()).thenReturn(null);

    handler.execute(task, service);

    verify(service, never()).complete(any(), any());
    verify(service).handleFailure(eq(task), contains("answered 500"), anyString(), eq(2), anyLong());
  }
}
