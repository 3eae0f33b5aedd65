package org.careflow.contract;

import java.util.List;

/** Decision keys and their input and output names: contracts analysts and other systems rely on. */
public final class Decisions {

  /** Mandatory police report and risk level of a report. */
  public static final String RISK_TRIAGE = "risk-triage";
  public static final String IN_CHILD_LIVING_ALONE = "childLivingAlone";
  public static final String IN_CHILD_MISSING = "childMissing";
  public static final String IN_GUARDIAN_INCAPACITATED = "guardianIncapacitated";
  public static final String IN_GUARDIAN_NEGLECT = "guardianNeglect";
  public static final String IN_DOMESTIC_VIOLENCE = "domesticViolence";
  public static final String IN_SEVERE = "severe";
  public static final String OUT_RISK_LEVEL = "riskLevel";
  /**
   * The situation flags a report can carry, in the order people read them: the inputs of
   * risk-triage that a caller or a director ticks. The hotline API, the case record and the police
   * report take theirs from this list, so a new flag is a column here, a checkbox on the report
   * form and its words in the mail phrases.
   */
  public static final List<String> REPORT_SITUATIONS = List.of(IN_CHILD_LIVING_ALONE, IN_CHILD_MISSING,
      IN_GUARDIAN_INCAPACITATED, IN_GUARDIAN_NEGLECT, IN_DOMESTIC_VIOLENCE, IN_SEVERE);
  public static final String OUT_POLICE_REPORT_REQUIRED = "policeReportRequired";

  /** Measures proposed for an assistance plan (collect: one row per measure). */
  public static final String ASSISTANCE_MEASURES = "assistance-measures";
  public static final String IN_IS_ORPHAN = "isOrphan";
  public static final String IN_HAS_DISABILITY = "hasDisability";
  public static final String IN_OUT_OF_SCHOOL = "outOfSchool";
  public static final String IN_NO_HOUSEHOLD_REGISTRATION = "noHouseholdRegistration";
  public static final String IN_PSYCHOLOGICAL_DISTRESS = "psychologicalDistress";
  public static final String IN_GUARDIANSHIP_DEFICIENT = "guardianshipDeficient";
  public static final String IN_NEEDS_COMMUNITY_SUPPORT = "needsCommunitySupport";
  public static final String OUT_MEASURE = "measure";

  /** Central subsidy to an orphan's basic living allowance, per person per month. */
  public static final String ORPHAN_ALLOWANCE_SUBSIDY = "orphan-allowance-subsidy";
  public static final String IN_REGION = "region";
  public static final String IN_YEAR = "year";
  public static final String OUT_MONTHLY_SUBSIDY_YUAN = "monthlySubsidyYuan";

  /** Deadlines per risk level: triage, first response, first visit, and the visit interval. */
  public static final String CASE_DEADLINES = "case-deadlines";
  public static final String IN_RISK_LEVEL = "riskLevel";
  public static final String OUT_TRIAGE_HOURS = "triageHours";
  public static final String OUT_FIRST_RESPONSE_HOURS = "firstResponseHours";
  public static final String OUT_FIRST_VISIT_DAYS = "firstVisitDays";
  public static final String OUT_VISIT_INTERVAL_DAYS = "visitIntervalDays";

  private Decisions() {
  }
}
