package org.careflow.app.staff;

import java.util.Arrays;
import java.util.Optional;
import org.careflow.app.region.Region;
import org.careflow.contract.Jurisdiction;

/** The two roles that need the training certification, the level of region each serves, and its task group. */
enum StaffRole {
  CHILD_DIRECTOR(Jurisdiction.ROLE_CHILD_DIRECTORS, "child director", Region.Level.VILLAGE, "village"),
  CHILD_SUPERVISOR(Jurisdiction.ROLE_CHILD_SUPERVISORS, "child supervisor", Region.Level.TOWNSHIP, "township");

  final String roleGroup;
  final String title;
  final Region.Level serves;
  final String regionWord;

  StaffRole(String roleGroup, String title, Region.Level serves, String regionWord) {
    this.roleGroup = roleGroup;
    this.title = title;
    this.serves = serves;
    this.regionWord = regionWord;
  }

  static Optional<StaffRole> ofGroup(String roleGroup) {
    return Arrays.stream(values()).filter(role -> role.roleGroup.equals(roleGroup)).findFirst();
  }

  String regionGroup(String regionCode) {
    return this == CHILD_DIRECTOR ? Jurisdiction.directorsOf(regionCode) : Jurisdiction.supervisorsOf(regionCode);
  }
}
