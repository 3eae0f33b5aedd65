package org.careflow.app.dashboard;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.engine.Privileged;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.Csv;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.pages.PageUser;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.Jurisdiction;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The manager's dashboard of their county, its drill-downs and its CSV export. */
@Controller
@CareFlowPage
class DashboardController {

  private final CountyDashboard dashboard;
  private final IdentityService identity;
  private final RegionRepository regions;
  private final MessageSource messages;

  DashboardController(CountyDashboard dashboard, IdentityService identity, RegionRepository regions, MessageSource messages) {
    this.dashboard = dashboard;
    this.identity = identity;
    this.regions = regions;
    this.messages = messages;
  }

  @GetMapping("/pages/dashboard")
  String dashboard(Model model, Locale locale) {
    Region county = managedCounty();
    model.addAttribute("view", DashboardView.of(county.name(), facts(county), new PageTexts(messages, locale)));
    return "pages/dashboard";
  }

  @GetMapping("/pages/dashboard/cases")
  String casesBehind(@RequestParam String metric, @RequestParam(required = false) String group,
      @RequestParam(required = false) String township, @RequestParam(required = false) String person, Model model,
      Locale locale) {
    Region county = managedCounty();
    Fact.Metric wanted = metric(metric);
    PageTexts texts = new PageTexts(messages, locale);
    model.addAttribute("countyName", county.name());
    model.addAttribute("title", DashboardView.title(wanted, texts));
    model.addAttribute("group", DashboardView.groupLabel(blankToNull(group), texts));
    model.addAttribute("person", DashboardView.personLabel(blankToNull(person), texts));
    model.addAttribute("lines", DashboardView.lines(behind(facts(county), wanted, group, township, person), texts));
    model.addAttribute("csvLink", DashboardView.link(wanted, group, township, person).replace(DashboardView.DRILL_DOWN,
        DashboardView.DRILL_DOWN + ".csv"));
    return "pages/dashboard-cases";
  }

  @GetMapping("/pages/dashboard/cases.csv")
  ResponseEntity<String> casesBehindAsCsv(@RequestParam String metric, @RequestParam(required = false) String group,
      @RequestParam(required = false) String township, @RequestParam(required = false) String person, Locale locale) {
    Region county = managedCounty();
    return csv(county.code() + "-" + metric + ".csv", behind(facts(county), metric(metric), group, township, person),
        new PageTexts(messages, locale));
  }

  /** Every fact behind every figure: the dashboard as a table. */
  @GetMapping("/pages/dashboard.csv")
  ResponseEntity<String> everythingAsCsv(Locale locale) {
    Region county = managedCounty();
    return csv(county.code() + "-dashboard.csv", facts(county), new PageTexts(messages, locale));
  }

  private List<Fact> facts(Region county) {
    return Privileged.asPlatform(identity, () -> dashboard.factsOf(county.code()));
  }

  private static List<Fact> behind(List<Fact> facts, Fact.Metric metric, String group, String township, String person) {
    return facts.stream().filter(f -> f.matches(metric, blankToNull(group), blankToNull(township), blankToNull(person))).toList();
  }

  private static Fact.Metric metric(String slug) {
    try {
      return Fact.Metric.fromSlug(slug);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** The county the signed-in manager answers for; anyone else finds no dashboard here. */
  private Region managedCounty() {
    PageUser user = PageUser.current(identity);
    return regions.findAll().stream()
        .filter(region -> region.level() == Region.Level.COUNTY && user.inGroup(Jurisdiction.managersOf(region.code())))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The facts in the reader's words; the header too (one key, its columns split at commas). */
  private static ResponseEntity<String> csv(String fileName, List<Fact> facts, PageTexts texts) {
    String body = Csv.of(List.of(texts.get("dashboard.csv.header").split(",")),
        facts.stream().map(f -> List.of(DashboardView.title(f.metric(), texts), nullToEmpty(DashboardView.groupLabel(f.group(), texts)),
            f.caseNumber(), f.childName(), f.townshipName(), nullToEmpty(DashboardView.personLabel(f.person(), texts)),
            f.detail() == null ? "" : texts.get(f.detail()),
            f.value() == null ? "" : String.format(Locale.ROOT, "%.2f", f.value()))).toList());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .body(body);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
