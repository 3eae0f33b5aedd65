package org.careflow.app.jurisdiction;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.region.RegionRepository.VillageChain;
import org.careflow.contract.Jurisdiction;

/** Whether a user may see the work of a village: its directors, its township, its county. */
public final class Jurisdictions {

  private Jurisdictions() {
  }

  public static List<String> groupsThatSee(VillageChain chain) {
    return Jurisdiction.groupsThatSee(chain.village().code(), chain.township().code(), chain.county().code());
  }

  public static boolean canSee(Authentication user, VillageChain chain) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    // the workers act for the platform, e.g. when a guardianship case refers a child for protection
    return groups.contains(Jurisdiction.ROLE_ADMINS) || groups.contains(Jurisdiction.ROLE_WORKERS)
        || groupsThatSee(chain).stream().anyMatch(groups::contains);
  }
}
