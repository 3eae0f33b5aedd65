package org.careflow.app.dashboard;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.engine.Privileged;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.Csv;
import org.careflow.app.pages.PageUser;
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

  static final String MANAGER_GROUP_PREFIX = "manager-";

  private final CountyDashboard dashboard;
  private final IdentityService identity;

  DashboardController(CountyDashboard dashboard, IdentityService identity) {
    this.dashboard = dashboard;
    this.identity = identity;
  }

  @GetMapping("/pages/dashboard")
  String dashboard(Model model) {
    String county = managedCounty();
    List<Fact> facts = facts(county);
    model.addAttribute("view", DashboardView.of(dashboard.countyName(county), facts));
    return "pages/dashboard";
  }

  @GetMapping("/pages/dashboard/cases")
  String casesBehind(@RequestParam String metric, @RequestParam(required = false) String group,
      @RequestParam(required = false) String township, @RequestParam(required = false) String person, Model model) {
    String county = managedCounty();
    Fact.Metric wanted = metric(metric);
    model.addAttribute("countyName", dashboard.countyName(county));
    model.addAttribute("metric", wanted);
    model.addAttribute("group", group);
    model.addAttribute("person", person);
    model.addAttribute("facts", behind(facts(county), wanted, group, township, person));
    model.addAttribute("csvLink", DashboardView.link(wanted, group, township, person).replace(DashboardView.DRILL_DOWN,
        DashboardView.DRILL_DOWN + ".csv"));
    return "pages/dashboard-cases";
  }

  @GetMapping("/pages/dashboard/cases.csv")
  ResponseEntity<String> casesBehindAsCsv(@RequestParam String metric, @RequestParam(required = false) String group,
      @RequestParam(required = false) String township, @RequestParam(required = false) String person) {
    String county = managedCounty();
    return csv(county + "-" + metric + ".csv", behind(facts(county), metric(metric), group, township, person));
  }

  /** Every fact behind every figure: the dashboard as a table. */
  @GetMapping("/pages/dashboard.csv")
  ResponseEntity<String> everythingAsCsv() {
    String county = managedCounty();
    return csv(county + "-dashboard.csv", facts(county));
  }

  private List<Fact> facts(String county) {
    return Privileged.readForPlatform(identity, () -> dashboard.factsOf(county));
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
  private String managedCounty() {
    PageUser user = PageUser.current(identity);
    return user.groups().stream()
        .filter(group -> group.startsWith(MANAGER_GROUP_PREFIX))
        .map(group -> group.substring(MANAGER_GROUP_PREFIX.length()))
        .filter(county -> dashboard.countyName(county) != null)
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static ResponseEntity<String> csv(String fileName, List<Fact> facts) {
    String body = Csv.of(List.of("figure", "category", "case", "child", "township", "person", "detail", "value"),
        facts.stream().map(f -> List.of(f.metric().title(), nullToEmpty(f.group()), f.caseNumber(), f.childName(),
            f.townshipName(), nullToEmpty(f.person()), nullToEmpty(f.detail()),
            f.value() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", f.value()))).toList());
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
