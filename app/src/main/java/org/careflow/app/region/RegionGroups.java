package org.careflow.app.region;

import static org.careflow.contract.Jurisdiction.*;

import java.util.List;

/** The groups that route a region's work: created by AccessSetup, or listed for Keycloak's import. */
public final class RegionGroups {

  public record RegionGroup(String id, String name) {
  }

  private RegionGroups() {
  }

  public static List<RegionGroup> of(Region region) {
    return switch (region.level()) {
      case VILLAGE -> List.of(new RegionGroup(directorsOf(region.code()), "Child directors of " + region.name()));
      case TOWNSHIP -> List.of(new RegionGroup(supervisorsOf(region.code()), "Child supervisors of " + region.name()));
      case COUNTY -> List.of(
          new RegionGroup(agencyOf(region.code()), "Protection agency of " + region.name()),
          new RegionGroup(civilAffairsOf(region.code()), "Civil affairs of " + region.name()),
          new RegionGroup(managersOf(region.code()), "Managers of " + region.name()));
    };
  }
}
