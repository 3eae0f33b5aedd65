package org.careflow.app.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageUser;
import org.careflow.contract.Jurisdiction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** /pages/regions: the county's regions, and the CSV import for its administrators. */
@Controller
@CareFlowPage
class RegionPage {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private final RegionImport regionImport;
  private final RegionRepository regions;
  private final IdentityService identity;

  RegionPage(RegionImport regionImport, RegionRepository regions, IdentityService identity) {
    this.regionImport = regionImport;
    this.regions = regions;
    this.identity = identity;
  }

  @GetMapping("/pages/regions")
  String page(@ModelAttribute("currentUser") PageUser user, Model model) {
    requireAdmin(user);
    return render(model, "");
  }

  @PostMapping("/pages/regions")
  String importRegions(@ModelAttribute("currentUser") PageUser user, @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String csv, Model model) throws IOException {
    requireAdmin(user);
    String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
    try {
      RegionImport.Result result = regionImport.importAsUser(text);
      model.addAttribute("result", result);
      model.addAttribute("keycloakFile", identity.isReadOnly() ? JSON.writeValueAsString(result.keycloakGroups()) : null);
      return render(model, "");
    } catch (RegionCsv.Refused refused) {
      model.addAttribute("problems", refused.problems());
      return render(model, text);
    }
  }

  @GetMapping("/pages/regions/keycloak-groups.json")
  ResponseEntity<Map<String, Object>> keycloakGroups(@ModelAttribute("currentUser") PageUser user) {
    requireAdmin(user);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careflow-region-groups.json\"")
        .body(KeycloakGroups.partialImport(regions.findAll()));
  }

  private String render(Model model, String csv) {
    model.addAttribute("regions", regions.findAll());
    model.addAttribute("header", String.join(",", RegionCsv.HEADER));
    model.addAttribute("csv", csv);
    model.addAttribute("keycloak", identity.isReadOnly());
    return "pages/regions";
  }

  private static void requireAdmin(PageUser user) {
    if (!user.inGroup(Jurisdiction.ROLE_ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the county's administrators import regions");
    }
  }
}
