package org.careflow.app.staff;

import org.careflow.app.language.Phrase;
import static org.careflow.contract.StaffOnboarding.*;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.engine.Privileged;
import org.careflow.app.engine.ReadAccess;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Start of staff onboarding: registers a new child director or supervisor by real name with their
 * village or township. The account is created without any task group, so the person sees none
 * of the region's work until they pass. Throwing refuses the start and rolls everything back.
 */
@Component(DelegateBeans.STAFF_REGISTRATION)
class StaffRegistration implements ExecutionListener {

  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{1,63}");

  private final RegionRepository regions;
  private final CountyOversight counties;
  private final JdbcTemplate jdbc;
  private final StaffRecords staffRecords;

  StaffRegistration(RegionRepository regions, CountyOversight counties, JdbcTemplate jdbc, StaffRecords staffRecords) {
    this.regions = regions;
    this.counties = counties;
    this.jdbc = jdbc;
    this.staffRecords = staffRecords;
  }

  @Override
  public void notify(DelegateExecution execution) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    String fullName = required(execution, VAR_FULL_NAME, "refusal.staff.field.real-name");
    if (fullName.length() > 100) {
      throw new RefusedInput("refusal.staff.name-too-long");
    }
    String userId = required(execution, VAR_STAFF_USER_ID, "refusal.staff.field.user-id");
    if (!USER_ID.matcher(userId).matches()) {
      throw new RefusedInput("refusal.staff.user-id-shape", userId);
    }
    StaffRole role = StaffRole.ofGroup(required(execution, VAR_STAFF_ROLE, "refusal.staff.field.role"))
        .orElseThrow(() -> new RefusedInput("refusal.staff.role", execution.getVariable(VAR_STAFF_ROLE)));
    String regionCode = required(execution, VAR_REGION_CODE, role.regionFieldKey());
    Region region = regions.find(regionCode)
        .orElseThrow(() -> new RefusedInput("refusal.staff.unknown-region", role.regionName(), regionCode));
    if (region.level() != role.serves) {
      throw new RefusedInput("refusal.staff.wrong-level", regionCode, role.regionName(), role.titleName());
    }
    String email = required(execution, VAR_EMAIL, "refusal.staff.field.email");
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new RefusedInput("refusal.staff.email", email);
    }
    int years = childWelfareYears(execution.getVariable(VAR_CHILD_WELFARE_YEARS));
    String county = counties.countyOf(region);
    Authentication officer = identity.getCurrentAuthentication();
    if (officer != null && !mayRegisterIn(officer, county)) {
      throw new RefusedInput("refusal.staff.own-county");
    }
    if (userExists(identity, userId)) {
      throw new RefusedInput("refusal.staff.user-exists", userId);
    }

    Privileged.run(() -> {
      User user = identity.newUser(userId);
      int space = fullName.lastIndexOf(' ');
      user.setFirstName(space > 0 ? fullName.substring(space + 1) : fullName);
      user.setLastName(space > 0 ? fullName.substring(0, space) : "");
      user.setEmail(email);
      identity.saveUser(user);
    });
    staffRecords.register(userId, fullName, role.roleGroup, region.code(), years, email);

    execution.setVariable(VAR_FULL_NAME, fullName);
    execution.setVariable(VAR_STAFF_USER_ID, userId);
    execution.setVariable(VAR_REGION_CODE, region.code());
    execution.setVariable(VAR_EMAIL, email);
    execution.setVariable(VAR_COUNTY, county);
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + userId);
    }
    ReadAccess.grant(execution.getProcessEngineServices().getAuthorizationService(),
        List.of(Jurisdiction.civilAffairsOf(county), Jurisdiction.managersOf(county)),
        Resources.PROCESS_INSTANCE, execution.getProcessInstanceId());
  }

  private boolean userExists(IdentityService identity, String userId) {
    Integer staff = jdbc.queryForObject("select count(*) from careflow.staff where lower(user_id) = lower(?)", Integer.class, userId);
    return staff > 0 || Privileged.call(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  private static boolean mayRegisterIn(Authentication officer, String county) {
    List<String> groups = officer.getGroupIds() == null ? List.of() : officer.getGroupIds();
    return groups.contains(Jurisdiction.civilAffairsOf(county)) || groups.contains(Jurisdiction.ROLE_ADMINS);
  }

  private static String required(DelegateExecution execution, String name, String what) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new RefusedInput("refusal.staff.needs", Phrase.of(what), name);
    }
    return value.toString().trim();
  }

  private static int childWelfareYears(Object value) {
    if (value == null || value.toString().isBlank()) {
      return 0;
    }
    try {
      int years = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim());
      if (years < 0 || years > 60) {
        throw new RefusedInput("refusal.staff.years-range", years);
      }
      return years;
    } catch (NumberFormatException e) {
      throw new RefusedInput("refusal.staff.years-whole", value);
    }
  }
}
