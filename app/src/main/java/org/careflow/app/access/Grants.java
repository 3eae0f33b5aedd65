package org.careflow.app.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds permissions to a group's grant on a resource, creating the grant if needed; safe to repeat. */
@Component
class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Takes permissions away from a group's grant, if it has one; safe to repeat. */
  void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = find(groupId, resource, resourceId);
    if (existing == null) {
      return;
    }
    for (Permission permission : permissions) {
      existing.removePermission(permission);
    }
    authorizations.saveAuthorization(existing);
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = find(groupId, resource, resourceId);
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  private Authorization find(String groupId, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }
}
