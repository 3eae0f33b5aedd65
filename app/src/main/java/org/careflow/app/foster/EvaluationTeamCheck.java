package org.careflow.app.foster;

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
    List<String> broken = rulesBroken(leader, members, experience(team));
    if (!broken.isEmpty()) {
      throw new RefusedInput("Evaluation team refused: " + String.join("; ", broken));
    }
    task.setVariable(VAR_TEAM_MEMBERS, String.join(",", members));
  }

  static List<String> rulesBroken(String leader, Set<String> members, Map<String, Integer> yearsByAssessor) {
    List<String> broken = new ArrayList<>();
    int size = 1 + members.size();
    if (size < MIN_TEAM_SIZE) {
      broken.add("the team has " + size + " member" + (size == 1 ? "" : "s") + ", the standard requires at least " + MIN_TEAM_SIZE);
    } else if (size % 2 == 0) {
      broken.add("the team has " + size + " members, the standard requires an odd number");
    }
    if (!yearsByAssessor.containsKey(leader)) {
      broken.add("'" + leader + "' is not a registered foster assessor");
    } else if (yearsByAssessor.get(leader) < LEADER_MIN_YEARS) {
      broken.add("the leader " + leader + " has " + yearsByAssessor.get(leader) + " year(s) of child-welfare work, the leader needs "
          + LEADER_MIN_YEARS + " or more");
    }
    for (String member : members) {
      if (!yearsByAssessor.containsKey(member)) {
        broken.add("'" + member + "' is not a registered foster assessor");
      } else if (yearsByAssessor.get(member) < MEMBER_MIN_YEARS) {
        broken.add("the member " + member + " has " + yearsByAssessor.get(member) + " year(s) of child-welfare work, every member needs "
            + MEMBER_MIN_YEARS + " or more");
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
      throw new RefusedInput("Evaluation team refused: name the team leader and the members by their user ids");
    }
    return value.toString().trim();
  }
}
