package org.careflow.contract;

/**
 * Variables and group names that tie a piece of work to the region it belongs to.
 * Candidate groups combine a role and a region code, e.g. {@code director-lianhua}.
 */
public final class Jurisdiction {

  public static final String VAR_CHILD_ID = "childId";
  public static final String VAR_VILLAGE = "villageCode";
  public static final String VAR_TOWNSHIP = "townshipCode";
  public static final String VAR_COUNTY = "countyCode";

  /** Role groups: membership grants the role's application access and start rights. */
  public static final String ROLE_CHILD_DIRECTORS = "child-directors";
  public static final String ROLE_CHILD_SUPERVISORS = "child-supervisors";
  public static final String ROLE_AGENCY_STAFF = "agency-staff";
  public static final String ROLE_CIVIL_AFFAIRS = "civil-affairs-officers";
  public static final String ROLE_FOSTER_ASSESSORS = "foster-assessors";
  public static final String ROLE_MANAGERS = "managers";
  public static final String ROLE_ANALYSTS = "analysts";
  public static final String ROLE_ADMINS = "camunda-admin";
  public static final String ROLE_WORKERS = "careflow-workers";

  private Jurisdiction() {
  }

  /** Every group that may see a case of this village: its directors, the township and the county. */
  public static java.util.List<String> groupsThatSee(String villageCode, String townshipCode, String countyCode) {
    return java.util.List.of(
        directorsOf(villageCode),
        supervisorsOf(townshipCode),
        agencyOf(countyCode),
        civilAffairsOf(countyCode),
        managersOf(countyCode));
  }

  public static String directorsOf(String villageCode) {
    return "director-" + villageCode;
  }

  public static String supervisorsOf(String townshipCode) {
    return "supervisor-" + townshipCode;
  }

  public static String agencyOf(String countyCode) {
    return "agency-" + countyCode;
  }

  public static String civilAffairsOf(String countyCode) {
    return "civil-affairs-" + countyCode;
  }

  public static String managersOf(String countyCode) {
    return "manager-" + countyCode;
  }
}
