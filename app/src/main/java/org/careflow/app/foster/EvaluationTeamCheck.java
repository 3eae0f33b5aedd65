package org.careflow.app.foster;

import org.careflow.app.language.Phrase;
import static org.careflow.contract.FosterCare.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careflow.app.engine.RefusedInput;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluation team must keep the standard: at least 3 members, an odd number, a leader with 3
 * or more years and every member with 1 or more years of child-welfare work. Experience comes from
 * the assessors' records, never from what the user types. A team that breaks a rule is refused
 * with a message naming the rule, and the task stays open.
 */
@Component(DelegateBeans.EVALUATION_TEAM_CHECK)
class EvaluationTeamCheck implements TaskListener {

  private final JdbcTemplate jdbc;

  EvaluationTeamCheck(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    String leader = text(task.getVariable(VAR_TEAM_LEADER));
    Set<String> members = new LinkedHashSet<>(Arrays.stream(text(task.getVariable(VAR_TEAM_MEMBERS)).split(","))
        .map(String::trim).filter(id -> !id.isEmpty()).toList());
    members.remove(leader);
    List<String> team = new ArrayList<>();
    team.add(leader);
    team.addAll(members);
    List<Phrase> broken = rulesBroken(leader, members, experience(team));
    if (!broken.isEmpty()) {
      throw new RefusedInput("refusal.team.refused", Phrase.joined("refusal.list.semicolon", broken));
    }
    task.setVariable(VAR_TEAM_MEMBERS, String.join(",", members));
  }

  static List<Phrase> rulesBroken(String leader, Set<String> members, Map<String, Integer> yearsByAssessor) {
    List<Phrase> broken = new ArrayList<>();
    int size = 1 + members.size();
    if (size < MIN_TEAM_SIZE) {
      broken.add(Phrase.of(size == 1 ? "refusal.team.too-small.one" : "refusal.team.too-small", size, MIN_TEAM_SIZE));
    } else if (size % 2 == 0) {
      broken.add(Phrase.of("refusal.team.even", size));
    }
    if (!yearsByAssessor.containsKey(leader)) {
      broken.add(Phrase.of("refusal.team.not-an-assessor", leader));
    } else if (yearsByAssessor.get(leader) < LEADER_MIN_YEARS) {
      broken.add(Phrase.of("refusal.team.leader-years", leader, yearsByAssessor.get(leader), LEADER_MIN_YEARS));
    }
    for (String member : members) {
      if (!yearsByAssessor.containsKey(member)) {
        broken.add(Phrase.of("refusal.team.not-an-assessor", member));
      } else if (yearsByAssessor.get(member) < MEMBER_MIN_YEARS) {
        broken.add(Phrase.of("refusal.team.member-years", member, yearsByAssessor.get(member), MEMBER_MIN_YEARS));
      }
    }
    return broken;
  }

  private Map<String, Integer> experience(List<String> team) {
    String placeholders = team.stream().map(id -> "?").collect(Collectors.joining(","));
    List<Object> args = new ArrayList<>(team);
    args.add(Jurisdiction.ROLE_FOSTER_ASSESSORS);
    return jdbc.query("select user_id, child_welfare_years from careflow.staff where user_id in (" + placeholders + ") and role = ?",
        rs -> {
          Map<String, Integer> years = new java.util.HashMap<>();
          while (rs.next()) {
            years.put(rs.getString(1), rs.getInt(2));
          }
          return years;
        }, args.toArray());
  }

  private static String text(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new RefusedInput("refusal.team.name-them");
    }
    return value.toString().trim();
  }
}
