package org.careflow.app.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Under profile keycloak the groups live in Keycloak and the engine cannot create them: this is
 * the file for Keycloak's partial import (Realm settings, Action, Partial import) with the regions'
 * groups, top-level like docker/keycloak/careflow-realm.json. Groups that exist are skipped.
 */
public final class KeycloakGroups {

  private KeycloakGroups() {
  }

  public static Map<String, Object> partialImport(List<Region> regions) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Region region : regions) {
      RegionGroups.of(region).forEach(group ->
          groups.add(Map.of("name", group.id(), "path", "/" + group.id(), "subGroups", List.of())));
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("ifResourceExists", "SKIP");
    file.put("groups", groups);
    return file;
  }
}
