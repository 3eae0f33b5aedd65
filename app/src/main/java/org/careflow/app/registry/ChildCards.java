package org.careflow.app.registry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.engine.Privileged;
import org.careflow.app.registry.ReadAudit.Channel;
import org.careflow.app.registry.ReadAudit.What;
import org.careflow.contract.ProtectionCase;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Every task is about a named child": for the tasks a caller may read, the child each is about,
 * from the app's own records (never from engine variables): name, age, village, case number, risk,
 * the task's due date, the way to the child's page, and for the steps that act on the child the
 * situation reported and the last visit. Which tasks the caller may read is the engine's answer to
 * a task query under the caller's authentication; a task the caller cannot read gives no card.
 * Every card served is written to the read audit.
 */
@Component
public class ChildCards {

  /** The steps where the situation reported and the last visit help: visit, assessment, intervention, review, triage. */
  static final Set<String> STEPS_WITH_HISTORY = Set.of(ProtectionCase.TASK_VISIT_CHILD, ProtectionCase.TASK_ASSESS_GUARDIANSHIP,
      ProtectionCase.TASK_GUIDE_PARENTS, ProtectionCase.TASK_CRITICISE_AND_EDUCATE, ProtectionCase.TASK_JOINT_ADMONITION,
      ProtectionCase.TASK_REVIEW_CASE, ProtectionCase.TASK_TRIAGE_REPORT);
  /** At most this many tasks per request: one page of Tasklist's list is 15 to 50. */
  public static final int MAX_TASKS = 100;
  private static final int NOTES_SUMMARY = 80;

  public record LastVisit(LocalDate date, String byUserId, String byName, String notes) {
  }

  public record Card(String taskId, String taskKey, String taskName, String assignee, LocalDateTime due,
      boolean dueToday, boolean overdue, long childId, String childName, int age, String villageCode,
      String villageName, String caseNumber, String riskLevel, String riskLabel, String childPage,
      boolean withHistory, String situation, LastVisit lastVisit) {
  }

  /** One of the caller's villages' children, for a list. */
  public record ChildRow(long id, String name, int age, String villageName, String childPage, int openTasks) {
  }

  private record ChildOfCase(String caseNumber, long childId, String name, LocalDate birthDate, String villageCode,
      String villageName, String riskLevel, String situation) {
  }

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final RegistryAccess access;
  private final ReadAudit audit;
  private final MessageSource messages;

  ChildCards(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, IdentityService identity, RegistryAccess access,
      ReadAudit audit, MessageSource messages) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  /** The card of one task, if the caller may read the task and it is about a child. */
  public Optional<Card> forTask(String taskId, Locale locale, Channel channel, String remoteAddress) {
    return forTasks(List.of(taskId), locale, channel, remoteAddress).stream().findFirst();
  }

  /** The cards of those of the tasks the caller may read that are about a child, in the order asked. */
  public List<Card> forTasks(Collection<String> taskIds, Locale locale, Channel channel, String remoteAddress) {
    List<String> ids = taskIds.stream().filter(id -> id != null && !id.isBlank()).distinct().limit(MAX_TASKS).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Authentication user = access.user();
    // the engine's own authorization decides which of these tasks the caller may read
    List<Task> readable = tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list();
    Map<String, Task> byId = readable.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
    List<Card> cards = cardsOf(ids.stream().map(byId::get).filter(task -> task != null).toList(), user, locale);
    audit.record(user.getUserId(), cards.stream().map(Card::childId).distinct().toList(), channel, What.TASK_CARD, remoteAddress);
    return cards;
  }

  /** The card of one task for one of the app's pages (the My work page's visit form). */
  public Optional<Card> forTaskOnPage(String taskId, Locale locale, String remoteAddress) {
    return forTask(taskId, locale, Channel.PAGE, remoteAddress);
  }

  /** The cards of every open task the caller may read (their village's, township's or county's work), soonest due first. */
  public List<Card> openWork(Locale locale, String remoteAddress) {
    Authentication user = access.user();
    List<Task> readable = tasks.createTaskQuery().active().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
    List<Card> cards = cardsOf(readable, user, locale);
    audit.record(user.getUserId(), cards.stream().map(Card::childId).distinct().toList(), Channel.PAGE, What.TASK_CARD, remoteAddress);
    return cards;
  }

  /** The children of the caller's villages (a director's village, a supervisor's township), by village and name. */
  public List<ChildRow> childrenOfMyVillages(List<Card> openWork, String remoteAddress) {
    Authentication user = access.user();
    Set<String> villages = access.visibleVillages(user);
    if (villages.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> open = openWork.stream().collect(Collectors.groupingBy(Card::childId, Collectors.counting()));
    String in = villages.stream().map(v -> "?").collect(Collectors.joining(","));
    LocalDate today = LocalDate.now();
    List<ChildRow> rows = jdbc.query("""
        select c.id, c.full_name, c.birth_date, v.name as village_name from careflow.child c
        join careflow.region v on v.code = c.village_code
        where c.village_code in (%s) order by v.name, c.full_name, c.id""".formatted(in),
        (rs, i) -> new ChildRow(rs.getLong("id"), rs.getString("full_name"),
            age(rs.getObject("birth_date", LocalDate.class), today), rs.getString("village_name"),
            childPage(rs.getLong("id")), open.getOrDefault(rs.getLong("id"), 0L).intValue()),
        villages.toArray());
    audit.record(user.getUserId(), rows.stream().map(ChildRow::id).toList(), Channel.PAGE, What.MY_WORK, remoteAddress);
    return rows;
  }

  public static String childPage(long childId) {
    return "/pages/children/" + childId;
  }

  private List<Card> cardsOf(List<Task> readable, Authentication user, Locale locale) {
    if (readable.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds = readable.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    // the caller may read these tasks; which case each belongs to is the platform's to look up
    Map<String, String> caseOf = instanceIds.isEmpty() ? Map.of() : Privileged.asPlatform(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .filter(instance -> instance.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey)));
    Map<String, ChildOfCase> children = childrenOfCases(new LinkedHashSet<>(caseOf.values()));
    Map<Long, LastVisit> visits = new LinkedHashMap<>();
    LocalDateTime now = LocalDateTime.now();
    LocalDate today = now.toLocalDate();
    List<Card> cards = new ArrayList<>();
    for (Task task : readable) {
      ChildOfCase child = children.get(caseOf.get(task.getProcessInstanceId()));
      // the registry's jurisdiction too: a task readable by a grant gives no card of a child outside it
      if (child == null || access.chainIfVisible(user, child.villageCode()).isEmpty()) {
        continue;
      }
      boolean withHistory = STEPS_WITH_HISTORY.contains(task.getTaskDefinitionKey());
      LastVisit lastVisit = withHistory ? visits.computeIfAbsent(child.childId(), this::lastVisit) : null;
      LocalDateTime due = task.getDueDate() == null ? null
          : LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZoneId.systemDefault());
      cards.add(new Card(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), due,
          due != null && due.toLocalDate().equals(today), due != null && due.isBefore(now),
          child.childId(), child.name(), age(child.birthDate(), today), child.villageCode(), child.villageName(),
          child.caseNumber(), child.riskLevel(), riskLabel(child.riskLevel(), locale), childPage(child.childId()),
          withHistory, withHistory ? child.situation() : null, lastVisit));
    }
    return cards;
  }

  private Map<String, ChildOfCase> childrenOfCases(Set<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Map.of();
    }
    String in = caseNumbers.stream().map(c -> "?").collect(Collectors.joining(","));
    return jdbc.query("""
        select cc.case_number, c.id, c.full_name, c.birth_date, c.village_code, v.name as village_name,
               p.risk_level, p.situation
        from careflow.child_case cc
        join careflow.child c on c.id = cc.child_id
        join careflow.region v on v.code = c.village_code
        left join careflow.protection_case p on p.case_number = cc.case_number
        where cc.case_number in (%s)""".formatted(in),
        (rs, i) -> new ChildOfCase(rs.getString("case_number"), rs.getLong("id"), rs.getString("full_name"),
            rs.getObject("birth_date", LocalDate.class), rs.getString("village_code"), rs.getString("village_name"),
            rs.getString("risk_level"), rs.getString("situation")),
        caseNumbers.toArray()).stream().collect(Collectors.toMap(ChildOfCase::caseNumber, Function.identity(), (a, b) -> a));
  }

  private LastVisit lastVisit(long childId) {
    return jdbc.query("""
        select v.visit_date, v.recorded_by, s.full_name as recorded_by_name, v.notes
        from careflow.visit v join careflow.protection_case p on p.case_number = v.case_number
        left join careflow.staff s on s.user_id = v.recorded_by
        where p.child_id = ? order by v.visit_date desc, v.recorded_at desc, v.id desc limit 1""",
        (rs, i) -> new LastVisit(rs.getObject("visit_date", LocalDate.class), rs.getString("recorded_by"),
            rs.getString("recorded_by_name"), summary(rs.getString("notes"))), childId)
        .stream().findFirst().orElse(null);
  }

  private String riskLabel(String riskLevel, Locale locale) {
    return riskLevel == null ? null : messages.getMessage("mywork.risk." + riskLevel, null, riskLevel, locale);
  }

  static int age(LocalDate birthDate, LocalDate today) {
    return birthDate == null ? 0 : Math.max(0, Period.between(birthDate, today).getYears());
  }

  private static String summary(String notes) {
    if (notes == null) {
      return null;
    }
    String line = notes.strip().replaceAll("\\s+", " ");
    return line.length() <= NOTES_SUMMARY ? line : line.substring(0, NOTES_SUMMARY - 1) + "…";
  }
}
