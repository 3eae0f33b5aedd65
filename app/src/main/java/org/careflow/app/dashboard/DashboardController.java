package org.careflow.app.dashboard;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.engine.Privileged;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.Csv;
import org.careflow.app.pages.PageUser;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.contract.Jurisdiction;
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

  DashboardController(CountyDashboard dashboard, IdentityService identity, RegionRepository regions) {
    this.dashboard = dashboard;
    this.identity = identity;
    this.regions = regions;
  }

  @GetMapping("/pages/dashboard")
  String dashboard(Model model) {
    Region county = managedCounty();
    model.addAttribute("view", DashboardView.of(county.name(), facts(county)));
    return "pages/dashboard";
  }

  @GetMapping("/pages/dashboard/cases")
  String casesBehind(@RequestParam String metric, @RequestParam(required = false) String group,
      @RequestParam(required = false) String township, @RequestParam(required = false) String person, Model model) {
    Region county = managedCounty();
    Fact.Metric wanted = metric(metric);
    model.addAttribute("countyName", county.name());
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
    Region county = managedCounty();
    return csv(county.code() + "-" + metric + ".csv", behind(facts(county), metric(metric), group, township, person));
  }

  /** Every fact behind every figure: the dashboard as a table. */
  @GetMapping("/pages/dashboard.csv")
  ResponseEntity<String> everythingAsCsv() {
    Region county = managedCounty();
    return csv(county.code() + "-dashboard.csv", facts(county));
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
