package org.careflow.app.jurisdiction;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.child.Child;
import org.careflow.app.caseprocess.CaseProcess;
import org.careflow.app.caseprocess.CaseProcesses;
import org.careflow.app.child.ChildRepository;
import org.careflow.app.engine.Privileged;
import org.careflow.app.engine.ReadAccess;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.region.RegionRepository;
import org.careflow.app.region.RegionRepository.VillageChain;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * Start listener of every case process: checks that the child exists and lies in the starting
 * user's jurisdiction, puts the child's village, township and county on the case, gives the case
 * a readable number, and lets exactly those regions' groups see it. Throwing rolls the start back.
 */
@Component(DelegateBeans.JURISDICTION_GUARD)
class JurisdictionGuard implements ExecutionListener {

  private final ChildRepository children;
  private final RegionRepository regions;
  private final CaseNumbers caseNumbers;
  private final CaseProcesses caseProcesses;

  JurisdictionGuard(ChildRepository children, RegionRepository regions, CaseNumbers caseNumbers,
      CaseProcesses caseProcesses) {
    this.children = children;
    this.regions = regions;
    this.caseNumbers = caseNumbers;
    this.caseProcesses = caseProcesses;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long childId = childId(execution.getVariable(Jurisdiction.VAR_CHILD_ID));
    Child child = children.find(childId)
        .orElseThrow(() -> new RefusedInput("refusal.child.not-in-jurisdiction", childId));
    VillageChain chain = regions.chainOf(child.villageCode())
        .orElseThrow(() -> new IllegalStateException("Child " + childId + " lives in an unknown village"));

    Object givenVillage = execution.getVariable(Jurisdiction.VAR_VILLAGE);
    if (givenVillage != null && !givenVillage.toString().isBlank()) {
      String village = givenVillage.toString().trim();
      if (regions.chainOf(village).isEmpty()) {
        throw new RefusedInput("refusal.village.unknown", village);
      }
      if (!village.equals(child.villageCode())) {
        throw new RefusedInput("refusal.child.other-village", childId, child.villageCode(), village);
      }
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && !Jurisdictions.canSee(user, chain)) {
      throw new RefusedInput("refusal.child.not-in-jurisdiction", childId);
    }

    execution.setVariable(Jurisdiction.VAR_VILLAGE, chain.village().code());
    execution.setVariable(Jurisdiction.VAR_TOWNSHIP, chain.township().code());
    execution.setVariable(Jurisdiction.VAR_COUNTY, chain.county().code());
    String processKey = processKey(execution);
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(caseNumberPrefix(execution, processKey)));
    }
    children.linkCase(execution.getProcessBusinessKey(), childId, processKey);
    ReadAccess.grant(execution.getProcessEngineServices().getAuthorizationService(),
        Jurisdictions.groupsThatSee(chain), Resources.PROCESS_INSTANCE, execution.getProcessInstanceId());
  }

  private static long childId(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new RefusedInput("refusal.child-id.required");
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new RefusedInput("refusal.child-id.not-a-number", value);
    }
  }

  /** Declared in the model; the model rules refuse a guarded process without one. */
  private String caseNumberPrefix(DelegateExecution execution, String processKey) {
    String prefix = caseProcesses.of(execution.getProcessDefinitionId()).caseNumberPrefix();
    if (prefix == null) {
      throw new IllegalStateException("Process '" + processKey + "' declares no " + CaseProcess.CASE_NUMBER_PREFIX);
    }
    return prefix;
  }

  private static String processKey(DelegateExecution execution) {
    return Privileged.call(() -> execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey());
  }
}
