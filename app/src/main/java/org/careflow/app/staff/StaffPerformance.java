package org.careflow.app.staff;

import static org.careflow.contract.StaffOnboarding.REFRESHER_LEAD_DAYS;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careflow.app.pages.PageTexts;
import org.careflow.contract.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The county's child directors and supervisors side by side: their training, the tasks they
 * completed (case timeline), the visits they recorded and the deadlines they kept, flagged so the
 * civil-affairs office sees whom to reward and whom to support.
 */
@Component
public class StaffPerformance {

  /** Below this share of deadlines met, with at least {@link #DEADLINES_TO_JUDGE} deadlines, a person needs support. */
  static final int SUPPORT_BELOW_PERCENT = 80;
  /** From this share, with at least {@link #DEADLINES_TO_REWARD} deadlines and a valid certification, a person performs. */
  static final int PERFORMS_FROM_PERCENT = 90;
  static final int DEADLINES_TO_JUDGE = 3;
  static final int DEADLINES_TO_REWARD = 5;

  public enum Training { IN_TRAINING, CERTIFIED, LAPSED }

  /** A flag: its level (good, warn, bad) and its text in the reader's words. */
  public record Flag(String level, String text) {
  }

  public record StaffRecord(String userId, String fullName, String role, String regionCode, String regionName,
      Training training, LocalDate certifiedUntil, long tasksCompleted, long visitsMade, long deadlinesMet,
      long deadlinesMissed, Integer deadlinesMetPercent, List<Flag> flags) {
  }

  private final JdbcTemplate jdbc;
  private final DeadlinesKept deadlines;

  StaffPerformance(JdbcTemplate jdbc, DeadlinesKept deadlines) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
  }

  /** The county's staff, their flags in the words of {@code texts}. */
  public List<StaffRecord> ofCounty(String countyCode, PageTexts texts) {
    LocalDate today = LocalDate.now();
    return jdbc.query("""
        select s.user_id, s.full_name, s.role, s.region_code, r.name as region_name, c.valid_until, c.lapsed_on,
               (select count(*) from careflow.case_event e where e.actor = s.user_id) as tasks_completed,
               (select count(*) from careflow.visit v where v.recorded_by = s.user_id) as visits_made
        from careflow.staff s
          join careflow.region r on r.code = s.region_code
          join careflow.region up on up.code = r.parent_code
          left join careflow.staff_certification c
            on c.id = (select max(latest.id) from careflow.staff_certification latest where latest.user_id = s.user_id)
        where s.role in (?, ?)
          and ((r.region_level = 'VILLAGE' and up.parent_code = ?) or (r.region_level = 'TOWNSHIP' and up.code = ?))
        order by s.role, s.region_code, s.user_id""",
        (rs, i) -> {
          Date validUntil = rs.getDate("valid_until");
          Date lapsedOn = rs.getDate("lapsed_on");
          return record(rs.getString("user_id"), rs.getString("full_name"), rs.getString("role"),
              rs.getString("region_code"), rs.getString("region_name"),
              validUntil == null ? null : validUntil.toLocalDate(), lapsedOn != null,
              rs.getLong("tasks_completed"), rs.getLong("visits_made"), today, texts);
        },
        Jurisdiction.ROLE_CHILD_DIRECTORS, Jurisdiction.ROLE_CHILD_SUPERVISORS, countyCode, countyCode);
  }

  private StaffRecord record(String userId, String fullName, String role, String regionCode, String regionName,
      LocalDate certifiedUntil, boolean lapsed, long tasksCompleted, long visitsMade, LocalDate today, PageTexts texts) {
    Training training = certifiedUntil == null ? Training.IN_TRAINING
        : lapsed || certifiedUntil.isBefore(today) ? Training.LAPSED : Training.CERTIFIED;
    DeadlinesKept.Deadlines kept = deadlines.of(userId);
    Integer percent = kept.metPercent();
    List<Flag> flags = new ArrayList<>();
    switch (training) {
      case IN_TRAINING -> flags.add(new Flag("warn", texts.get("staff.flag.inTraining")));
      case LAPSED -> flags.add(new Flag("bad", texts.get("staff.flag.lapsed")));
      case CERTIFIED -> {
        if (!certifiedUntil.isAfter(today.plusDays(REFRESHER_LEAD_DAYS))) {
          flags.add(new Flag("warn", texts.get("staff.flag.refresherDue", certifiedUntil)));
        }
      }
    }
    if (kept.total() >= DEADLINES_TO_JUDGE && percent < SUPPORT_BELOW_PERCENT) {
      flags.add(new Flag("bad", texts.get("staff.flag.needsSupport", percent)));
    } else if (training == Training.CERTIFIED && kept.total() >= DEADLINES_TO_REWARD && percent >= PERFORMS_FROM_PERCENT) {
      flags.add(new Flag("good", texts.get("staff.flag.performs", percent)));
    }
    return new StaffRecord(userId, fullName, role, regionCode, regionName, training, certifiedUntil, tasksCompleted,
        visitsMade, kept.met(), kept.missed(), percent, List.copyOf(flags));
  }
}
