package org.careflow.app.registry;

import static org.careflow.contract.Jurisdiction.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.jurisdiction.Jurisdictions;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.app.region.RegionRepository.VillageChain;
import org.springframework.stereotype.Component;

/**
 * Who may see, register, read the audit of, and list which children: the same jurisdiction as the
 * cases (village directors, township supervisors, the county's groups). The ID number in full is
 * for those who act on it: the child's village directors, township supervisors and county
 * protection agency; everyone else sees it masked.
 */
@Component
class RegistryAccess {

  private static final List<String> REGISTERING_ROLES = List.of(
      ROLE_CHILD_DIRECTORS, ROLE_CHILD_SUPERVISORS, ROLE_AGENCY_STAFF, ROLE_CIVIL_AFFAIRS);

  private final IdentityService identity;
  private final RegionRepository regions;

  RegistryAccess(IdentityService identity, RegionRepository regions) {
    this.identity = identity;
    this.regions = regions;
  }

  /** The signed-in user of this request; the API and the pages both set one. */
  Authentication user() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      throw new IllegalStateException("No signed-in user on this request");
    }
    return user;
  }

  Optional<VillageChain> chainIfVisible(Authentication user, String villageCode) {
    return regions.chainOf(villageCode).filter(chain -> Jurisdictions.canSee(user, chain));
  }

  Set<String> visibleVillages(Authentication user) {
    return regions.findAll().stream()
        .filter(region -> region.level() == Region.Level.VILLAGE)
        .filter(village -> chainIfVisible(user, village.code()).isPresent())
        .map(Region::code)
        .collect(Collectors.toSet());
  }

  boolean seesFullIdNumber(Authentication user, VillageChain chain) {
    List<String> groups = groups(user);
    return groups.contains(directorsOf(chain.village().code())) || groups.contains(supervisorsOf(chain.township().code()))
        || groups.contains(agencyOf(chain.county().code()));
  }

  boolean mayRegister(Authentication user, VillageChain chain) {
    return Jurisdictions.canSee(user, chain) && REGISTERING_ROLES.stream().anyMatch(groups(user)::contains);
  }

  boolean mayReadAudit(Authentication user, VillageChain chain) {
    List<String> groups = groups(user);
    return groups.contains(managersOf(chain.county().code())) || groups.contains(ROLE_ADMINS);
  }

  /** Townships whose ledger the user keeps or oversees: their own township, or every township of their county. */
  List<Region> ledgerTownships(Authentication user) {
    List<String> groups = groups(user);
    return regions.findAll().stream()
        .filter(region -> region.level() == Region.Level.TOWNSHIP)
        .filter(township -> groups.contains(supervisorsOf(township.code())) || groups.contains(ROLE_ADMINS)
            || groups.contains(civilAffairsOf(township.parentCode())) || groups.contains(managersOf(township.parentCode()))
            || groups.contains(agencyOf(township.parentCode())))
        .toList();
  }

  List<String> villagesOf(Region township) {
    return regions.findAll().stream()
        .filter(region -> region.level() == Region.Level.VILLAGE && township.code().equals(region.parentCode()))
        .map(Region::code).toList();
  }

  Optional<Region> region(String code) {
    return regions.find(code);
  }

  private static List<String> groups(Authentication user) {
    return user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }
}
