package org.careflow.app.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.contract.Jurisdiction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * POST /api/regions/import with a CSV body (text/csv) loads regions, county administrators only;
 * a refused file answers 400 with every line's problem. GET /api/regions/keycloak-groups gives the
 * Keycloak partial-import file for all regions.
 */
@RestController
class RegionImportApi {

  private final RegionImport regionImport;
  private final RegionRepository regions;
  private final IdentityService identity;

  RegionImportApi(RegionImport regionImport, RegionRepository regions, IdentityService identity) {
    this.regionImport = regionImport;
    this.regions = regions;
    this.identity = identity;
  }

  @PostMapping(path = "/api/regions/import", consumes = {"text/csv", "text/plain"})
  RegionImport.Result importRegions(@RequestBody(required = false) String csv) {
    return regionImport.importAsUser(csv);
  }

  @GetMapping("/api/regions/keycloak-groups")
  ResponseEntity<Map<String, Object>> keycloakGroups() {
    var user = identity.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Jurisdiction.ROLE_ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the county's administrators");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careflow-region-groups.json\"")
        .body(KeycloakGroups.partialImport(regions.findAll()));
  }

  @ExceptionHandler(RegionCsv.Refused.class)
  ResponseEntity<Map<String, Object>> refused(RegionCsv.Refused e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "Nothing imported: " + e.getMessage());
    body.put("problems", List.copyOf(e.problems()));
    return ResponseEntity.badRequest().body(body);
  }
}
