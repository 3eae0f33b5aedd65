package org.careflow.app.region;

import org.careflow.app.engine.RefusedDoor;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.access.AccessSetup;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a county's townships and villages from CSV (see {@link RegionCsv}): stores them and gives
 * each its groups at once. One transaction: a refused file, or any failure on the way, leaves
 * regions and groups as they were. Importing a region again updates its name and mailboxes.
 * Work, filters and start rights follow the role groups, so a new region needs nothing else.
 */
@Service
public class RegionImport {

  /** What an import did; {@code keycloakGroups} is the partial-import file for the imported regions. */
  public record Result(List<String> created, List<String> updated, boolean groupsCreated,
      java.util.Map<String, Object> keycloakGroups) {
  }

  private final RegionRepository regions;
  private final AccessSetup access;
  private final IdentityService identity;

  RegionImport(RegionRepository regions, AccessSetup access, IdentityService identity) {
    this.regions = regions;
    this.access = access;
    this.identity = identity;
  }

  /** An import by the signed-in user: county administrators only. */
  @Transactional
  public Result importAsUser(String csv) {
    var user = identity.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Jurisdiction.ROLE_ADMINS)) {
      throw new RefusedDoor("refusal.door.region-import");
    }
    return store(csv);
  }

  /** The platform's own import, e.g. of the demo county at start. */
  @Transactional
  public Result importAsPlatform(String csv) {
    return store(csv);
  }

  private Result store(String csv) {
    List<Region> imported = RegionCsv.read(csv, regions::find, regions::findByDivisionCode);
    List<String> created = imported.stream().filter(r -> regions.find(r.code()).isEmpty()).map(Region::code).toList();
    List<String> updated = imported.stream().map(Region::code).filter(code -> !created.contains(code)).toList();
    // parents first, whatever the file's order: the table refers to the parent
    imported.stream().sorted(java.util.Comparator.comparing(Region::level)).forEach(regions::save);
    imported.forEach(access::ensureRegionGroups);
    return new Result(created, updated, !identity.isReadOnly(), KeycloakGroups.partialImport(imported));
  }
}
