package org.careflow.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.region.Region;
import org.careflow.app.registry.ReadAudit.Channel;
import org.careflow.app.registry.ReadAudit.What;
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;

  LedgerPage(RegistryAccess access, TownshipLedger ledger, LedgerExportGrants exportGrants, ReadAudit audit,
      MessageSource messages) {
    this.access = access;
    this.ledger = ledger;
    this.exportGrants = exportGrants;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/pages/ledger")
  String ledger(@RequestParam(required = false) String township, Model model, HttpServletRequest request,
      HttpServletResponse response, Locale locale) {
    PageTexts texts = new PageTexts(messages, locale);
    Authentication user = access.user();
    List<Region> townships = access.ledgerTownships(user);
    Region chosen = chosen(townships, township);
    if (chosen == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", texts.get("ledger.notFound"));
      return "pages/not-found";
    }
    List<TownshipLedger.Row> rows = ledger.rows(access.villagesOf(chosen));
    audit.record(user.getUserId(), rows.stream().map(TownshipLedger.Row::childId).toList(), Channel.PAGE, What.LEDGER,
        request.getRemoteAddr());
    model.addAttribute("townships", townships);
    model.addAttribute("township", chosen);
    model.addAttribute("rows", rows);
    model.addAttribute("counts", ledger.counts(rows, texts));
    model.addAttribute("statuses", Arrays.stream(TownshipLedger.Status.values()).map(status -> status.label(texts)).toList());
    model.addAttribute("mayExport", exportGrants.mayExport(user, chosen.code()));
    return "pages/ledger";
  }

  @GetMapping("/pages/ledger/export.csv")
  ResponseEntity<byte[]> export(@RequestParam String township, HttpServletRequest request, Locale locale) {
    PageTexts texts = new PageTexts(messages, locale);
    Authentication user = access.user();
    Region chosen = chosen(access.ledgerTownships(user), township);
    if (chosen == null || !township.equals(chosen.code())) {
      return plainText(HttpServletResponse.SC_NOT_FOUND, texts.get("ledger.notFound"));
    }
    if (!exportGrants.mayExport(user, chosen.code())) {
      return plainText(HttpServletResponse.SC_FORBIDDEN, texts.get("ledger.exportNotAllowed", chosen.name()));
    }
    List<TownshipLedger.Row> rows = ledger.rows(access.villagesOf(chosen));
    audit.record(user.getUserId(), rows.stream().map(TownshipLedger.Row::childId).toList(), Channel.PAGE, What.LEDGER_EXPORT,
        request.getRemoteAddr());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-" + chosen.code() + "-" + LocalDate.now() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(ledger.csv(rows, texts).getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> plainText(int status, String text) {
    return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Region chosen(List<Region> townships, String code) {
    if (code == null || code.isBlank()) {
      return townships.isEmpty() ? null : townships.get(0);
    }
    return townships.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
  }
}
