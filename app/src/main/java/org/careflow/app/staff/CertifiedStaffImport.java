package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.careflow.app.engine.ReadAccess;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes on a child director or supervisor who passed the training before CareFlow knew them (the
 * demo county's staff, or a county moving onto CareFlow): records the certification, makes sure
 * they hold their task groups, and starts their onboarding where it waits for the next refresher.
 */
@Component
public class CertifiedStaffImport {

  private final TaskGroupMembership membership;
  private final RuntimeService runtime;
  private final AuthorizationService authorizations;
  private final RegionRepository regions;
  private final CountyOversight counties;
  private final JdbcTemplate jdbc;

  CertifiedStaffImport(TaskGroupMembership membership, RuntimeService runtime, AuthorizationService authorizations,
      RegionRepository regions, CountyOversight counties, JdbcTemplate jdbc) {
    this.membership = membership;
    this.runtime = runtime;
    this.authorizations = authorizations;
    this.regions = regions;
    this.counties = counties;
    this.jdbc = jdbc;
  }

  /** Does nothing for someone whose certification is already on record. The staff row must exist. */
  @Transactional
  public void certifiedOn(String userId, LocalDate certifiedOn, int score) {
    Integer known = jdbc.queryForObject("select count(*) from careflow.staff_certification where user_id = ?", Integer.class, userId);
    if (known > 0) {
      return;
    }
    var staff = jdbc.queryForMap("select full_name, role, region_code, email from careflow.staff where user_id = ?", userId);
    String roleGroup = (String) staff.get("role");
    StaffRole role = StaffRole.ofGroup(roleGroup)
        .orElseThrow(() -> new IllegalArgumentException(userId + " is neither a child director nor a supervisor"));
    String regionCode = (String) staff.get("region_code");
    String county = counties.countyOf(regions.find(regionCode)
        .orElseThrow(() -> new IllegalArgumentException("Unknown region " + regionCode)));
    LocalDate validUntil = certifiedOn.plusYears(CERTIFICATION_VALID_YEARS);

    membership.grant(userId, role, regionCode);
    String instanceId = runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(BUSINESS_KEY_PREFIX + userId)
        .setVariable(VAR_FULL_NAME, staff.get("full_name"))
        .setVariable(VAR_STAFF_USER_ID, userId)
        .setVariable(VAR_STAFF_ROLE, roleGroup)
        .setVariable(VAR_REGION_CODE, regionCode)
        .setVariable(VAR_EMAIL, staff.get("email"))
        .setVariable(VAR_COUNTY, county)
        .setVariable(VAR_ASSESSMENT_SCORE, (long) score)
        .setVariable(VAR_CERTIFIED_UNTIL, startOf(validUntil))
        .setVariable(VAR_REFRESHER_DUE_AT, startOf(validUntil.minusDays(REFRESHER_LEAD_DAYS)))
        .startBeforeActivity(TIMER_REFRESHER_DUE)
        .execute().getId();
    ReadAccess.grant(authorizations, List.of(Jurisdiction.civilAffairsOf(county), Jurisdiction.managersOf(county)),
        Resources.PROCESS_INSTANCE, instanceId);
    jdbc.update("""
        insert into careflow.staff_certification (user_id, certified_on, valid_until, score, process_instance_id)
        values (?, ?, ?, ?, ?)""", userId, certifiedOn, validUntil, score, instanceId);
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
