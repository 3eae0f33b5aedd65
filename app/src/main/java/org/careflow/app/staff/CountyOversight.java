package org.careflow.app.staff;

import java.util.List;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * Which county a village or township belongs to, and the counties whose staff a user may look at:
 * those where they are a civil-affairs officer or a manager.
 */
@Component
class CountyOversight {

  private final RegionRepository regions;

  CountyOversight(RegionRepository regions) {
    this.regions = regions;
  }

  String countyOf(Region villageOrTownship) {
    String township = villageOrTownship.level() == Region.Level.VILLAGE ? villageOrTownship.parentCode() : villageOrTownship.code();
    return regions.find(township).map(Region::parentCode)
        .orElseThrow(() -> new IllegalStateException("Region '" + villageOrTownship.code() + "' belongs to no county"));
  }

  List<Region> countiesOf(List<String> groups) {
    return regions.findAll().stream()
        .filter(region -> region.level() == Region.Level.COUNTY)
        .filter(county -> groups.contains(Jurisdiction.civilAffairsOf(county.code()))
            || groups.contains(Jurisdiction.managersOf(county.code())))
        .toList();
  }
}
