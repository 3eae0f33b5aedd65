package org.careflow.app.staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The only writer of careflow.staff: the real-name record of each child director and supervisor. */
@Repository
public class StaffRecords {

  private final JdbcTemplate jdbc;

  StaffRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A person registered through the onboarding process, now. */
  void register(String userId, String fullName, String role, String regionCode, int childWelfareYears, String email) {
    jdbc.update("""
        insert into careflow.staff (user_id, full_name, role, region_code, child_welfare_years, email, registered_at)
        values (?, ?, ?, ?, ?, ?, current_timestamp)""", userId, fullName, role, regionCode, childWelfareYears, email);
  }

  /** A person who was in post before the platform (no registration time); nothing if the record exists. */
  public void addExisting(String userId, String fullName, String role, String regionCode, int childWelfareYears,
      String email) {
    jdbc.update("""
        insert into careflow.staff (user_id, full_name, role, region_code, child_welfare_years, email)
        select ?, ?, ?, ?, ?, ? where not exists (select 1 from careflow.staff where user_id = ?)""",
        userId, fullName, role, regionCode, childWelfareYears, email, userId);
  }
}
