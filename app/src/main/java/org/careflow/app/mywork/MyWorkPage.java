package org.careflow.app.mywork;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.engine.RefusedInput;
import org.careflow.app.pages.CareFlowPage;
import org.careflow.app.pages.PageUser;
import org.careflow.app.region.Region;
import org.careflow.app.region.RegionRepository;
import org.careflow.app.registry.ChildCards;
import org.careflow.app.registry.ChildCards.Card;
import org.careflow.contract.Jurisdiction;
import org.careflow.contract.ProtectionCase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My work", a phone-first page for a child director (their village) and a township supervisor
 * (their township): what is overdue and what is due today, the other open work, each with the child
 * named, and the children of the village or township. A visit step is recorded in two taps: the
 * visit opens a short form dated today, and one of its two buttons (child safe / not safe) submits
 * it. Submitting completes the engine's visit task through the same doors as Tasklist (claim for
 * oneself, then the task's form), so the visit is written to the child's record by the process's own
 * step, with the director as the one who made it.
 */
@Controller
@CareFlowPage
class MyWorkPage {

  private final ChildCards cards;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final RegionRepository regions;
  private final MessageSource messages;

  MyWorkPage(ChildCards cards, TaskService tasks, FormService forms, IdentityService identity, RegionRepository regions,
      MessageSource messages) {
    this.cards = cards;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
    this.regions = regions;
    this.messages = messages;
  }

  @GetMapping("/pages/my-work")
  String myWork(Model model, Locale locale, HttpServletRequest request) {
    PageUser user = PageUser.current(identity);
    List<Card> work = cards.openWork(locale, request.getRemoteAddr());
    Set<String> mine = myTasks(user);
    model.addAttribute("overdue", work.stream().filter(Card::overdue).toList());
    model.addAttribute("dueToday", work.stream().filter(card -> card.dueToday() && !card.overdue()).toList());
    model.addAttribute("later", work.stream().filter(card -> !card.dueToday() && !card.overdue()).toList());
    model.addAttribute("mine", mine);
    model.addAttribute("visitStep", ProtectionCase.TASK_VISIT_CHILD);
    model.addAttribute("children", cards.childrenOfMyVillages(work, request.getRemoteAddr()));
    model.addAttribute("scope", scope(user).map(Region::name).orElse(null));
    model.addAttribute("township", user.inGroup(Jurisdiction.ROLE_CHILD_SUPERVISORS));
    return "pages/my-work";
  }

  @GetMapping("/pages/my-work/visit/{taskId}")
  String visitForm(@PathVariable String taskId, Model model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Card> card = visitCard(taskId, locale, request);
    if (card.isEmpty()) {
      return notFound(model, locale, response);
    }
    model.addAttribute("card", card.get());
    model.addAttribute("visitDate", LocalDate.now().toString());
    model.addAttribute("notes", "");
    model.addAttribute("today", LocalDate.now().toString());
    return "pages/my-work-visit";
  }

  @PostMapping("/pages/my-work/visit/{taskId}")
  String recordVisit(@PathVariable String taskId, @RequestParam(defaultValue = "") String visitDate,
      @RequestParam(defaultValue = "") String notes, @RequestParam(required = false) String childSafe,
      @RequestParam(defaultValue = "false") boolean parentsRefuse, Model model, Locale locale,
      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
    Optional<Card> card = visitCard(taskId, locale, request);
    if (card.isEmpty()) {
      return notFound(model, locale, response);
    }
    String error = null;
    LocalDate date = null;
    try {
      date = LocalDate.parse(visitDate.strip());
      if (date.isAfter(LocalDate.now())) {
        error = text("mywork.error.future", locale);
      }
    } catch (DateTimeParseException e) {
      error = text("mywork.error.date", locale);
    }
    if (error == null && notes.isBlank()) {
      error = text("mywork.error.notes", locale);
    }
    if (error == null && !"true".equals(childSafe) && !"false".equals(childSafe)) {
      error = text("mywork.error.safe", locale);
    }
    if (error == null) {
      error = submit(taskId, date, notes, "true".equals(childSafe), parentsRefuse, locale);
    }
    if (error != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("card", card.get());
      model.addAttribute("visitDate", visitDate);
      model.addAttribute("notes", notes);
      model.addAttribute("today", LocalDate.now().toString());
      model.addAttribute("error", error);
      return "pages/my-work-visit";
    }
    redirect.addFlashAttribute("notice", messages.getMessage("mywork.visit.recorded", new Object[] {card.get().childName()}, locale));
    return "redirect:/pages/my-work";
  }

  /** Claims the task for the signed-in user if nobody has, then submits its form: Tasklist's way, through the same checks. */
  private String submit(String taskId, LocalDate date, String notes, boolean childSafe, boolean parentsRefuse, Locale locale) {
    String me = identity.getCurrentAuthentication().getUserId();
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return text("mywork.notFound", locale);
      }
      boolean claimedNow = task.getAssignee() == null;
      if (claimedNow) {
        tasks.claim(taskId, me);
      } else if (!task.getAssignee().equals(me)) {
        return messages.getMessage("mywork.error.assigned", new Object[] {task.getAssignee()}, locale);
      }
      Map<String, Object> values = new HashMap<>();
      values.put(ProtectionCase.VAR_VISIT_DATE, date.toString());
      values.put(ProtectionCase.VAR_CHILD_SAFE, childSafe);
      values.put(ProtectionCase.VAR_PARENTS_REFUSE_GUARDIANSHIP, parentsRefuse);
      values.put(ProtectionCase.VAR_VISIT_NOTES, notes.strip());
      try {
        forms.submitTaskForm(taskId, values);
      } catch (ProcessEngineException refused) {
        if (claimedNow) {
          tasks.setAssignee(taskId, null); // a refused visit leaves the task to the village as it was
        }
        throw refused;
      }
      return null;
    } catch (AuthorizationException refused) {
      return text("mywork.error.notAllowed", locale);
    } catch (ProcessEngineException refused) {
      // the platform's refusals (a form rule, a required field) are the caseworker's to read; anything else is not
      return refusal(refused, locale).orElseGet(() -> text("mywork.error.failed", locale));
    }
  }

  private static Optional<String> refusal(Throwable thrown, Locale locale) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof RefusedInput refused) {
        return Optional.of(refused.message(locale));
      }
    }
    return thrown instanceof BadUserRequestException bad ? Optional.ofNullable(bad.getMessage()) : Optional.empty();
  }

  /** The card of a visit step the caller may read; any other task is no visit to record here. */
  private Optional<Card> visitCard(String taskId, Locale locale, HttpServletRequest request) {
    return cards.forTaskOnPage(taskId, locale, request.getRemoteAddr())
        .filter(card -> ProtectionCase.TASK_VISIT_CHILD.equals(card.taskKey()));
  }

  /** The tasks the user works on: assigned to them, or offered to one of their groups. */
  private Set<String> myTasks(PageUser user) {
    var query = tasks.createTaskQuery().active().or().taskAssignee(user.id());
    if (!user.groups().isEmpty()) {
      query = query.taskCandidateGroupIn(user.groups());
    }
    return query.endOr().listPage(0, ChildCards.MAX_TASKS).stream().map(Task::getId).collect(Collectors.toSet());
  }

  /** The director's village or the supervisor's township. */
  private Optional<Region> scope(PageUser user) {
    return user.groups().stream()
        .filter(group -> group.startsWith(Jurisdiction.directorsOf("")) || group.startsWith(Jurisdiction.supervisorsOf("")))
        .map(group -> group.substring(group.indexOf('-') + 1))
        .map(regions::find).flatMap(Optional::stream).findFirst();
  }

  private String notFound(Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("message", text("mywork.notFound", locale));
    return "pages/not-found";
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
