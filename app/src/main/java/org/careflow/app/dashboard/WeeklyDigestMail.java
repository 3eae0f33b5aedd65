package org.careflow.app.dashboard;

import static org.careflow.app.dashboard.Fact.Metric.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.Jurisdiction;
import org.careflow.workers.notification.OnceOnlyMailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The weekly digest of each county, mailed to each of its managers: what is overdue, what is new,
 * what closed. Each manager gets one a week: a retry after a failure sends only what is still unsent.
 */
@Component("weeklyDigestMail")
class WeeklyDigestMail implements JavaDelegate {

  private final RegionRepository regions;
  private final CountyDashboard dashboard;
  private final IdentityService identity;
  private final OnceOnlyMailer mailer;
  private final Clock clock;
  private final String publicUrl;

  WeeklyDigestMail(RegionRepository regions, CountyDashboard dashboard, IdentityService identity, OnceOnlyMailer mailer,
      Clock clock, @Value("${careflow.public-url:http://localhost:8080}") String publicUrl) {
    this.regions = regions;
    this.dashboard = dashboard;
    this.identity = identity;
    this.mailer = mailer;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String week = weekOf(LocalDate.now(clock));
    for (Region county : regions.findAll()) {
      if (county.level() != Region.Level.COUNTY) {
        continue;
      }
      List<User> managers = identity.createUserQuery()
          .memberOfGroup(Jurisdiction.managersOf(county.code())).list();
      if (managers.isEmpty()) {
        continue;
      }
      List<Fact> facts = dashboard.factsOf(county.code());
      String subject = "Weekly digest " + week + ", " + county.name() + ": " + count(facts, OVERDUE_TASK) + " overdue, "
          + count(facts, NEW_CASE) + " new, " + count(facts, CLOSED_CASE) + " closed";
      String body = body(county, week, facts);
      for (User manager : managers) {
        String address = manager.getEmail() == null || manager.getEmail().isBlank() ? county.managersEmail() : manager.getEmail();
        if (address != null) {
          mailer.sendOnce("digest-" + county.code() + "-" + week, "weekly-digest:" + manager.getId(), address, subject, body);
        }
      }
    }
  }

  static String weekOf(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private String body(Region county, String week, List<Fact> facts) {
    StringBuilder text = new StringBuilder("Weekly digest for " + county.name() + ", week " + week + ".\n");
    section(text, "Overdue", facts, OVERDUE_TASK);
    section(text, "New in the last 7 days", facts, NEW_CASE);
    section(text, "Closed in the last 7 days", facts, CLOSED_CASE);
    text.append("\nThe dashboard, with the cases behind every number: ").append(publicUrl).append("/pages/dashboard\n");
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<Fact> facts, Fact.Metric metric) {
    List<Fact> matching = facts.stream().filter(f -> f.metric() == metric).toList();
    text.append('\n').append(title).append(" (").append(matching.size()).append("):\n");
    if (matching.isEmpty()) {
      text.append("  none\n");
    }
    for (Fact fact : matching) {
      text.append("  - ").append(fact.caseNumber()).append(", ").append(fact.townshipName()).append(": ")
          .append(fact.detail()).append(fact.person() == null ? "" : " [" + fact.person() + "]").append('\n');
    }
  }

  private static long count(List<Fact> facts, Fact.Metric metric) {
    return facts.stream().filter(f -> f.metric() == metric).count();
  }
}
