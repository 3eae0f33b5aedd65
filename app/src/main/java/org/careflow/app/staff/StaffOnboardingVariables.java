package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who an onboarding instance is about, as its registration recorded it. */
record StaffOnboardingVariables(String userId, StaffRole role, String regionCode) {

  static StaffOnboardingVariables of(DelegateExecution execution) {
    String userId = (String) execution.getVariable(VAR_STAFF_USER_ID);
    String roleGroup = (String) execution.getVariable(VAR_STAFF_ROLE);
    StaffRole role = StaffRole.ofGroup(roleGroup)
        .orElseThrow(() -> new IllegalStateException("Onboarding of " + userId + " has an unknown role '" + roleGroup + "'"));
    return new StaffOnboardingVariables(userId, role, (String) execution.getVariable(VAR_REGION_CODE));
  }
}
