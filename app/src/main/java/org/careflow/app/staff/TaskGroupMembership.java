package org.careflow.app.staff;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.engine.Privileged;
import org.springframework.stereotype.Component;

/**
 * The one place that puts a child director or supervisor into, or takes them out of, the groups
 * their region's work is routed to: the role group and the region group. Safe to repeat.
 * With an external, read-only identity provider (Keycloak) these groups are kept there instead.
 */
@Component
public class TaskGroupMembership {

  private final IdentityService identity;

  TaskGroupMembership(IdentityService identity) {
    this.identity = identity;
  }

  void grant(String userId, StaffRole role, String regionCode) {
    requireWritableIdentity();
    Privileged.run(() -> taskGroups(role, regionCode).forEach(group -> {
      if (!isMember(userId, group)) {
        identity.createMembership(userId, group);
      }
    }));
  }

  void withdraw(String userId, StaffRole role, String regionCode) {
    requireWritableIdentity();
    Privileged.run(() -> taskGroups(role, regionCode).forEach(group -> {
      if (isMember(userId, group)) {
        identity.deleteMembership(userId, group);
      }
    }));
  }

  boolean holdsTaskGroups(String userId, StaffRole role, String regionCode) {
    return Privileged.call(() -> taskGroups(role, regionCode).stream().allMatch(group -> isMember(userId, group)));
  }

  static List<String> taskGroups(StaffRole role, String regionCode) {
    return List.of(role.roleGroup, role.regionGroup(regionCode));
  }

  private boolean isMember(String userId, String group) {
    return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
  }

  private void requireWritableIdentity() {
    if (identity.isReadOnly()) {
      throw new IllegalStateException("The identity provider is read-only (e.g. Keycloak): "
          + "grant or withdraw the task groups there");
    }
  }
}
