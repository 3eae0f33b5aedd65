package org.careflow.app.engine;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;

/** Lets groups read one case or task; granted by the platform, whatever the acting user may do. */
public final class ReadAccess {

  private ReadAccess() {
  }

  public static void grant(AuthorizationService authorizations, Collection<String> groups, Resource resource, String resourceId) {
    Privileged.run(() -> groups.forEach(group -> {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(resource);
      read.setResourceId(resourceId);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }));
  }
}
