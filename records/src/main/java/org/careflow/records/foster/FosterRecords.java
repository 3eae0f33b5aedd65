package org.careflow.records.foster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.careflow.records.CaseChild;
import org.careflow.records.IdempotentWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes family foster care's records into the app's tables. Every write may be repeated by a
 * retried task and then changes nothing: inserts check first and tolerate a concurrent copy,
 * updates only touch rows still in their earlier state or set the same values again. The child's
 * growth archive is only ever added to.
 */
@Component
public class FosterRecords {

  public static final int MAX_ENTRY = 4000;
  public static final int MAX_END_REASON = 2000;
  public static final int MAX_REPORT = 4000;

  public static final String INTEGRATION = "INTEGRATION";
  public static final String FORMAL = "FORMAL";
  public static final String ATTEMPT_ENDED = "ATTEMPT_ENDED";
  public static final String TERMINATED = "TERMINATED";
  public static final String COMPLETED = "COMPLETED";

  public record Family(String familyName, String address, String villageCode,
      boolean memberWithMentalIllness, boolean memberWithBadHabitsOrRecord,
      boolean familyHarmonious, boolean allMembersAgree, int otherChildrenUnder6) {
  }

  public record Evaluation(String caseNumber, long familyId, String teamLeader, String teamMembers,
      boolean passed, String report, String processActivityInstance) {
  }

  public record Placement(String caseNumber, String processInstanceId, long childId, long familyId,
      LocalDate placedOn, LocalDate integrationOpensOn, LocalDate integrationDueOn) {
  }

  public record GrowthEntry(long childId, String caseNumber, String kind, String entry, String dedupeKey) {
  }

  private final JdbcTemplate jdbc;

  public FosterRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers the family, known by its name and address: a family registered before gets the
   * facts given now (its village only if one is given). Returns the family's id.
   */
  public long registerFamily(Family f) {
    if (familyId(f.familyName(), f.address()).isEmpty()) {
      IdempotentWrites.insertOnce(jdbc, """
          insert into careflow.foster_family
            (family_name, address, village_code, member_with_mental_illness, member_with_bad_habits_or_record,
             family_harmonious, all_members_agree, other_children_under_6)
          values (?, ?, ?, ?, ?, ?, ?, ?)""",
          f.familyName(), f.address(), f.villageCode(), f.memberWithMentalIllness(),
          f.memberWithBadHabitsOrRecord(), f.familyHarmonious(), f.allMembersAgree(), f.otherChildrenUnder6());
    }
    long id = familyId(f.familyName(), f.address()).orElseThrow(() -> new IllegalStateException(
        "Foster family '" + f.familyName() + "' at '" + f.address() + "' could not be registered"));
    // sets the same facts again right after an insert, and today's facts on a family known before
    jdbc.update("""
        update careflow.foster_family
           set member_with_mental_illness = ?, member_with_bad_habits_or_record = ?, family_harmonious = ?,
               all_members_agree = ?, other_children_under_6 = ?, village_code = coalesce(?, village_code)
         where id = ?""",
        f.memberWithMentalIllness(), f.memberWithBadHabitsOrRecord(), f.familyHarmonious(),
        f.allMembersAgree(), f.otherChildrenUnder6(), f.villageCode(), id);
    return id;
  }

  /** Children the family fosters now: placements in their integration period or formal. */
  public int currentFosterChildren(long familyId) {
    Integer count = jdbc.queryForObject("""
        select count(*) from careflow.foster_placement
         where family_id = ? and status in ('INTEGRATION', 'FORMAL')""", Integer.class, familyId);
    return count == null ? 0 : count;
  }

  /** Returns true if recorded now, false if this evaluation had been recorded before. */
  public boolean recordEvaluation(Evaluation e) {
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.foster_evaluation where process_activity_instance = ?",
        e.processActivityInstance())) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.foster_evaluation
          (case_number, family_id, team_leader, team_members, passed, report, process_activity_instance)
        values (?, ?, ?, ?, ?, ?, ?)""",
        e.caseNumber(), e.familyId(), e.teamLeader(), e.teamMembers(), e.passed(),
        fit(e.report(), MAX_REPORT), e.processActivityInstance());
  }

  /** Returns true if recorded now, false if the case's placement had been recorded before. */
  public boolean recordPlacement(Placement p) {
    CaseChild.require(jdbc, p.caseNumber(), p.childId());
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.foster_placement where case_number = ?", p.caseNumber())) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.foster_placement
          (case_number, process_instance_id, child_id, family_id, placed_on, integration_opens_on,
           integration_due_on, status)
        values (?, ?, ?, ?, ?, ?, ?, 'INTEGRATION')""",
        p.caseNumber(), p.processInstanceId(), p.childId(), p.familyId(), p.placedOn(),
        p.integrationOpensOn(), p.integrationDueOn());
  }

  public Optional<String> placementStatus(String caseNumber) {
    return jdbc.query("select status from careflow.foster_placement where case_number = ?",
        (rs, i) -> rs.getString(1), caseNumber).stream().filter(Objects::nonNull).findFirst();
  }

  /** The integration period succeeded: the placement becomes formal. True if changed now. */
  public boolean formalise(String caseNumber, LocalDate agreementOn) {
    return jdbc.update("""
        update careflow.foster_placement set status = 'FORMAL', agreement_on = ?
         where case_number = ? and status = 'INTEGRATION'""", agreementOn, caseNumber) > 0;
  }

  /** The integration period failed: the attempt ends, with the family's record of why. True if changed now. */
  public boolean endAttempt(String caseNumber, LocalDate endedOn, String reason) {
    return jdbc.update("""
        update careflow.foster_placement set status = 'ATTEMPT_ENDED', ended_on = ?, end_reason = ?
         where case_number = ? and status = 'INTEGRATION'""", endedOn, fit(reason, MAX_END_REASON), caseNumber) > 0;
  }

  /** Terminates a running placement on one of the standard's grounds. True if changed now. */
  public boolean terminate(String caseNumber, LocalDate endedOn, String ground, String notes) {
    return jdbc.update("""
        update careflow.foster_placement
           set status = 'TERMINATED', ended_on = ?, termination_ground = ?, end_reason = ?
         where case_number = ? and status in ('INTEGRATION', 'FORMAL')""",
        endedOn, ground, fit(notes, MAX_END_REASON), caseNumber) > 0;
  }

  /** Ends a running placement because the child turned 18. True if changed now. */
  public boolean complete(String caseNumber, LocalDate endedOn) {
    return jdbc.update("""
        update careflow.foster_placement set status = 'COMPLETED', ended_on = ?
         where case_number = ? and status in ('INTEGRATION', 'FORMAL')""", endedOn, caseNumber) > 0;
  }

  /**
   * Adds an entry to the child's permanent growth archive unless one with its dedupe key is there.
   * Returns true if added now.
   */
  public boolean archive(GrowthEntry e) {
    CaseChild.require(jdbc, e.caseNumber(), e.childId());
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.child_growth_archive where dedupe_key = ?", e.dedupeKey())) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.child_growth_archive (child_id, case_number, entry_kind, entry, dedupe_key)
        values (?, ?, ?, ?, ?)""",
        e.childId(), e.caseNumber(), e.kind(), fit(e.entry(), MAX_ENTRY), e.dedupeKey());
  }

  private Optional<Long> familyId(String familyName, String address) {
    return jdbc.query("select id from careflow.foster_family where family_name = ? and address = ?",
        (rs, i) -> rs.getLong(1), familyName, address).stream().findFirst();
  }

  /** Cuts free text to its column, marking the cut, rather than failing the task for ever. */
  public static String fit(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
