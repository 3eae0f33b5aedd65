package org.careflow.app.pages;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.contract.Jurisdiction;

/** The person looking at a page, as the engine knows them for this request. */
public record PageUser(String id, List<String> groups) {

  public static PageUser current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No signed-in user on this request");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new PageUser(authentication.getUserId(), groups);
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  public boolean isManager() {
    return inGroup(Jurisdiction.ROLE_MANAGERS);
  }

  public boolean isAnalyst() {
    return inGroup(Jurisdiction.ROLE_ANALYSTS);
  }
}
