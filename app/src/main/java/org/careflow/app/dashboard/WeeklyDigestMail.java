package org.careflow.app.dashboard;

import static org.careflow.app.dashboard.Fact.Metric.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.DelegateBeans;
import org.careflow.contract.Jurisdiction;
import org.careflow.records.notification.MailTemplate;
import org.careflow.records.notification.MailTemplates;
import org.careflow.records.notification.OnceOnlyMailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The weekly digest of each county, mailed to each of its managers: what is overdue, what is new,
 * what closed. Each manager gets one a week: a retry after a failure sends only what is still unsent.
 * Each line's detail is in the mails' language, in the dashboard's words ({@code i18n/pages*.properties}).
 */
@Component(DelegateBeans.WEEKLY_DIGEST_MAIL)
class WeeklyDigestMail implements JavaDelegate {

  private final RegionRepository regions;
  private final CountyDashboard dashboard;
  private final IdentityService identity;
  private final OnceOnlyMailer mailer;
  private final MailTemplates texts;
  private final PageTexts details;
  private final Clock clock;
  private final String publicUrl;

  WeeklyDigestMail(RegionRepository regions, CountyDashboard dashboard, IdentityService identity, OnceOnlyMailer mailer,
      MailTemplates texts, MessageSource messages, Clock clock,
      @Value("${careflow.public-url:http://localhost:8080}") String publicUrl) {
    this.regions = regions;
    this.dashboard = dashboard;
    this.identity = identity;
    this.mailer = mailer;
    this.texts = texts;
    this.details = new PageTexts(messages, Locale.forLanguageTag(texts.language().tag()));
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    String week = weekOf(today);
    for (Region county : regions.findAll()) {
      if (county.level() != Region.Level.COUNTY) {
        continue;
      }
      List<User> managers = identity.createUserQuery()
          .memberOfGroup(Jurisdiction.managersOf(county.code())).list();
      if (managers.isEmpty()) {
        continue;
      }
      MailTemplates.Mail mail = texts.render(MailTemplate.WEEKLY_DIGEST, values(county, today, dashboard.factsOf(county.code())));
      for (User manager : managers) {
        String address = manager.getEmail() == null || manager.getEmail().isBlank() ? county.managersEmail() : manager.getEmail();
        if (address != null) {
          mailer.sendOnce("digest-" + county.code() + "-" + week, "weekly-digest:" + manager.getId(), address,
              mail.subject(), mail.body());
        }
      }
    }
  }

  static String weekOf(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week as the mail's language writes it: {@code 2026年第10周}, {@code 2026-W10}. */
  String weekLabel(LocalDate day) {
    int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return texts.phrase("digest.week", Map.of("year", day.get(IsoFields.WEEK_BASED_YEAR), "week", week,
        "weekPadded", String.format("%02d", week)));
  }

  private Map<String, Object> values(Region county, LocalDate today, List<Fact> facts) {
    Map<String, Object> values = new HashMap<>();
    values.put("county", county.name());
    values.put("week", weekLabel(today));
    values.put("from", today.minusDays(7));
    values.put("to", today);
    values.put("overdueCount", count(facts, OVERDUE_TASK));
    values.put("overdueList", list(facts, OVERDUE_TASK));
    values.put("newCount", count(facts, NEW_CASE));
    values.put("newList", list(facts, NEW_CASE));
    values.put("closedCount", count(facts, CLOSED_CASE));
    values.put("closedList", list(facts, CLOSED_CASE));
    values.put("dashboardUrl", publicUrl + "/pages/dashboard");
    return values;
  }

  private String list(List<Fact> facts, Fact.Metric metric) {
    List<String> lines = facts.stream().filter(f -> f.metric() == metric).map(fact -> {
      Map<String, Object> item = new HashMap<>();
      item.put("caseNumber", fact.caseNumber());
      item.put("township", fact.townshipName());
      item.put("detail", fact.detail() == null ? "" : details.get(fact.detail()));
      item.put("person", DashboardView.personLabel(fact.person(), details));
      return texts.phrase(fact.person() == null ? "digest.item" : "digest.itemWithPerson", item);
    }).toList();
    return lines.isEmpty() ? texts.phrase("digest.none") : String.join("\n", lines);
  }

  private static long count(List<Fact> facts, Fact.Metric metric) {
    return facts.stream().filter(f -> f.metric() == metric).count();
  }
}
