package org.careflow.app.registry;

import org.careflow.app.engine.RefusedDoor;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.api.ApiErrors;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.region.Region;
import org.careflow.contract.Jurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators grant and revoke the export of a township's ledger to a group. */
@RestController
class LedgerExportGrantsApi {

  record GrantRequest(String groupId, String townshipCode) {
  }

  private final LedgerExportGrants grants;
  private final RegistryAccess access;
  private final IdentityService identity;

  LedgerExportGrantsApi(LedgerExportGrants grants, RegistryAccess access, IdentityService identity) {
    this.grants = grants;
    this.access = access;
    this.identity = identity;
  }

  @GetMapping("/api/ledger-export-grants")
  List<Map<String, Object>> list() {
    administrator();
    return grants.all().stream().map(grants::describe).toList();
  }

  @PostMapping("/api/ledger-export-grants")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> grant(@RequestBody GrantRequest request) {
    Authentication admin = administrator();
    if (request.groupId() == null || identity.createGroupQuery().groupId(request.groupId()).count() == 0) {
      throw new RefusedInput("refusal.group.unknown", request.groupId());
    }
    boolean township = request.townshipCode() != null
        && access.region(request.townshipCode()).filter(region -> region.level() == Region.Level.TOWNSHIP).isPresent();
    if (!township) {
      throw new RefusedInput("refusal.township.unknown", request.townshipCode());
    }
    grants.grant(request.groupId(), request.townshipCode(), admin.getUserId());
    return Map.of("groupId", request.groupId(), "townshipCode", request.townshipCode());
  }

  @DeleteMapping("/api/ledger-export-grants/{groupId}/{townshipCode}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable String groupId, @PathVariable String townshipCode) {
    administrator();
    if (!grants.revoke(groupId, townshipCode)) {
      throw new ApiErrors.NotFound("refusal.notfound.export-grant", townshipCode, groupId);
    }
  }

  private Authentication administrator() {
    Authentication user = access.user();
    if (user.getGroupIds() == null || !user.getGroupIds().contains(Jurisdiction.ROLE_ADMINS)) {
      throw new RefusedDoor("refusal.door.export-grants");
    }
    return user;
  }
}
