package org.careflow.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.region.Region;
import org.careflow.app.registry.ReadAudit.Channel;
import org.careflow.app.registry.ReadAudit.What;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The township ledger page and its CSV export. */
@Controller
@CareFlowPage
class LedgerPage {

  private final RegistryAccess access;
  private final TownshipLedger ledger;
  private final LedgerExportGrants exportGrants;
  private final ReadAudit audit;

  LedgerPage(RegistryAccess access, TownshipLedger ledger, LedgerExportGrants exportGrants, ReadAudit audit) {
    this.access = access;
    this.ledger = ledger;
    this.exportGrants = exportGrants;
    this.audit = audit;
  }

  @GetMapping("/pages/ledger")
  String ledger(@RequestParam(required = false) String township, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Authentication user = access.user();
    List<Region> townships = access.ledgerTownships(user);
    Region chosen = chosen(townships, township);
    if (chosen == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", "No township ledger in your jurisdiction.");
      return "pages/not-found";
    }
    List<TownshipLedger.Row> rows = ledger.rows(access.villagesOf(chosen));
    audit.record(user.getUserId(), rows.stream().map(TownshipLedger.Row::childId).toList(), Channel.PAGE, What.LEDGER,
        request.getRemoteAddr());
    model.addAttribute("townships", townships);
    model.addAttribute("township", chosen);
    model.addAttribute("rows", rows);
    model.addAttribute("counts", ledger.counts(rows));
    model.addAttribute("statuses", Arrays.stream(TownshipLedger.Status.values()).map(TownshipLedger.Status::label).toList());
    model.addAttribute("mayExport", exportGrants.mayExport(user, chosen.code()));
    return "pages/ledger";
  }

  @GetMapping("/pages/ledger/export.csv")
  ResponseEntity<byte[]> export(@RequestParam String township, HttpServletRequest request) {
    Authentication user = access.user();
    Region chosen = chosen(access.ledgerTownships(user), township);
    if (chosen == null || !township.equals(chosen.code())) {
      return ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
          .body("No township ledger in your jurisdiction.".getBytes(StandardCharsets.UTF_8));
    }
    if (!exportGrants.mayExport(user, chosen.code())) {
      return ResponseEntity.status(HttpServletResponse.SC_FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
          .body(("Exporting the ledger of " + chosen.name() + " needs a grant from an administrator.").getBytes(StandardCharsets.UTF_8));
    }
    List<TownshipLedger.Row> rows = ledger.rows(access.villagesOf(chosen));
    audit.record(user.getUserId(), rows.stream().map(TownshipLedger.Row::childId).toList(), Channel.PAGE, What.LEDGER_EXPORT,
        request.getRemoteAddr());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-" + chosen.code() + "-" + LocalDate.now() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(ledger.csv(rows).getBytes(StandardCharsets.UTF_8));
  }

  private static Region chosen(List<Region> townships, String code) {
    if (code == null || code.isBlank()) {
      return townships.isEmpty() ? null : townships.get(0);
    }
    return townships.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
  }
}
