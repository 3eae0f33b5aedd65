package org.careflow.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.careflow.app.language.Refusal;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.region.Region;
import org.careflow.app.registry.ChildRecordChanges.ProposedChange;
import org.careflow.app.registry.ChildRegistration.NewChildForm;
import org.careflow.app.registry.ReadAudit.Channel;
import org.careflow.app.registry.RecordValues.Category;
import org.careflow.app.registry.RecordValues.Disability;
import org.careflow.app.registry.RecordValues.HouseholdRegistration;
import org.careflow.app.registry.RecordValues.SchoolStatus;
import org.careflow.contract.Jurisdiction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Caseworkers' pages: find a child, the child's record and timeline, register a new child, propose a change. */
@Controller
@CareFlowPage
class ChildPages {

  private final ChildRegistry registry;
  private final ChildRegistration registration;
  private final ChildRecordChanges changes;
  private final RegistryAccess access;
  private final MessageSource messages;

  ChildPages(ChildRegistry registry, ChildRegistration registration, ChildRecordChanges changes, RegistryAccess access,
      MessageSource messages) {
    this.registry = registry;
    this.registration = registration;
    this.changes = changes;
    this.access = access;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("categories", Arrays.asList(Category.values()));
    model.addAttribute("householdRegistrations", Arrays.asList(HouseholdRegistration.values()));
    model.addAttribute("schoolStatuses", Arrays.asList(SchoolStatus.values()));
    model.addAttribute("disabilities", Arrays.asList(Disability.values()));
  }

  @GetMapping("/pages/children")
  String search(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
    model.addAttribute("q", q == null ? "" : q);
    if (q != null) {
      model.addAttribute("results", registry.search(q, Channel.PAGE, request.getRemoteAddr()));
    }
    return "pages/children";
  }

  @GetMapping("/pages/children/{childId:\\d+}")
  String child(@PathVariable long childId, Model model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    PageTexts texts = new PageTexts(messages, locale);
    try {
      model.addAttribute("child", registry.read(childId, Channel.PAGE, request.getRemoteAddr()));
    } catch (ChildNotFound e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", texts.get("child.notFound", String.valueOf(childId)));
      return "pages/not-found";
    }
    model.addAttribute("timeline", registry.timeline(childId, Channel.PAGE, request.getRemoteAddr(), texts));
    if (registry.mayReadAuditLog(childId)) {
      model.addAttribute("auditLog", registry.auditLog(childId, Channel.PAGE, request.getRemoteAddr()));
    }
    model.addAttribute("mayProposeChange", access.user().getGroupIds().contains(Jurisdiction.ROLE_CHILD_DIRECTORS));
    return "pages/child";
  }

  @PostMapping("/pages/children/{childId:\\d+}/changes")
  String proposeChange(@PathVariable long childId, ProposedChange change, Locale locale, RedirectAttributes redirect) {
    PageTexts texts = new PageTexts(messages, locale);
    try {
      String caseNumber = changes.propose(childId, change);
      redirect.addFlashAttribute("notice", texts.get("child.propose.done", caseNumber));
    } catch (ChildNotFound notFound) {
      redirect.addFlashAttribute("error", texts.get("child.notFound", String.valueOf(childId)));
    } catch (BadUserRequestException refused) {
      redirect.addFlashAttribute("error", Refusal.messageOf(refused, locale));
    } catch (AuthorizationException notAllowed) {
      redirect.addFlashAttribute("error", texts.get("child.propose.notAllowed"));
    }
    return "redirect:/pages/children/" + childId;
  }

  @GetMapping("/pages/children/new")
  String newChild(Model model) {
    model.addAttribute("form", new NewChildForm(null, null, null, null, null, null, null, null, null));
    model.addAttribute("villages", registeringVillages());
    return "pages/child-new";
  }

  @PostMapping("/pages/children")
  String register(NewChildForm form, Model model, Locale locale, HttpServletResponse response) {
    try {
      return "redirect:/pages/children/" + registration.register(form) + "?registered";
    } catch (BadUserRequestException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", Refusal.messageOf(refused, locale));
      model.addAttribute("form", form);
      model.addAttribute("villages", registeringVillages());
      return "pages/child-new";
    }
  }

  private List<Region> registeringVillages() {
    var user = access.user();
    return access.visibleVillages(user).stream().sorted()
        .map(code -> access.region(code).orElseThrow()).toList();
  }
}
