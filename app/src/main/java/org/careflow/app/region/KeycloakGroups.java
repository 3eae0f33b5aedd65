package org.careflow.app.region;

import static org.careflow.contract.Jurisdiction.*;

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
      groupIdsOf(region).forEach(id -> groups.add(Map.of("name", id, "path", "/" + id, "subGroups", List.of())));
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("ifResourceExists", "SKIP");
    file.put("groups", groups);
    return file;
  }

  /** The same groups AccessSetup.ensureRegionGroups creates in a writable identity. */
  static List<String> groupIdsOf(Region region) {
    return switch (region.level()) {
      case VILLAGE -> List.of(directorsOf(region.code()));
      case TOWNSHIP -> List.of(supervisorsOf(region.code()));
      case COUNTY -> List.of(agencyOf(region.code()), civilAffairsOf(region.code()), managersOf(region.code()));
    };
  }
}
