package org.careflow.app.staff;

import java.util.Arrays;
import java.util.Optional;
import org.careflow.app.language.Phrase;
import org.careflow.app.region.Region;
import org.careflow.contract.Jurisdiction;

/** The two roles that need the training certification, the level of region each serves, and its task group. */
enum StaffRole {
  CHILD_DIRECTOR(Jurisdiction.ROLE_CHILD_DIRECTORS, Region.Level.VILLAGE),
  CHILD_SUPERVISOR(Jurisdiction.ROLE_CHILD_SUPERVISORS, Region.Level.TOWNSHIP);

  final String roleGroup;
  final Region.Level serves;

  StaffRole(String roleGroup, Region.Level serves) {
    this.roleGroup = roleGroup;
    this.serves = serves;
  }

  /** "village" or "township", in the reader's language. */
  Phrase regionName() {
    return Phrase.of(this == CHILD_DIRECTOR ? "refusal.region.village" : "refusal.region.township");
  }

  /** "the village" or "the township", as a field a registration needs. */
  String regionFieldKey() {
    return this == CHILD_DIRECTOR ? "refusal.staff.field.village" : "refusal.staff.field.township";
  }

  Phrase titleName() {
    return Phrase.of(this == CHILD_DIRECTOR ? "refusal.role.child-director" : "refusal.role.child-supervisor");
  }

  static Optional<StaffRole> ofGroup(String roleGroup) {
    return Arrays.stream(values()).filter(role -> role.roleGroup.equals(roleGroup)).findFirst();
  }

  String regionGroup(String regionCode) {
    return this == CHILD_DIRECTOR ? Jurisdiction.directorsOf(regionCode) : Jurisdiction.supervisorsOf(regionCode);
  }
}
