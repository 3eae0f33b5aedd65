package org.careflow.app.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.careflow.app.registry.ChildRecords;
import org.careflow.app.registry.IdNumberProtection;
import org.careflow.app.registry.IdNumbers;
import org.careflow.app.registry.LedgerExportGrants;
import org.careflow.contract.ChildRecordUpdate;
import org.careflow.contract.Jurisdiction;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo children's registry records: fictional ID numbers (address code 990101, which no real
 * region has, with a correct GB 11643 check character), categories, school and household status,
 * guardians; each township supervisor group's grant to export its ledger; and a change to a record
 * waiting for verification. Filled once.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "careflow.demo.enabled", havingValue = "true")
public class DemoChildRecords implements ApplicationRunner {

  static final String FICTIONAL_ADDRESS_CODE = "990101";

  record DemoRecord(String name, LocalDate birthDate, String village, String sequence, String category,
      String householdRegistration, String schoolStatus, String disability, String guardians) {
  }

  static final List<DemoRecord> RECORDS = List.of(
      new DemoRecord("刘小雨", LocalDate.of(2015, 3, 12), "lianhua", "002", "LEFT_BEHIND", "REGISTERED", "IN_SCHOOL", "NONE",
          "刘建（父亲）、赵敏（母亲），均在广州务工"),
      new DemoRecord("刘小明", LocalDate.of(2018, 9, 2), "lianhua", "011", "LEFT_BEHIND", "REGISTERED", "IN_SCHOOL", "NONE",
          "刘建（父亲）、赵敏（母亲），均在广州务工"),
      new DemoRecord("王婷婷", LocalDate.of(2012, 6, 20), "yangliu", "024", "LEFT_BEHIND", "REGISTERED", "IN_SCHOOL", "NONE",
          "王强（父亲）、李娜（母亲），在深圳务工"),
      new DemoRecord("王浩", LocalDate.of(2016, 1, 8), "yangliu", null, "IN_DISTRESS", "NOT_REGISTERED", "OUT_OF_SCHOOL", "NONE",
          "王强（父亲），在杭州务工"),
      new DemoRecord("张乐乐", LocalDate.of(2014, 11, 30), "dongpo", "035", "LEFT_BEHIND", "REGISTERED", "DROPPED_OUT", "NONE",
          "张伟（父亲）、孙丽（母亲），在东莞务工"),
      new DemoRecord("张佳佳", LocalDate.of(2019, 4, 17), "dongpo", "046", "IN_DISTRESS", "REGISTERED", "PRESCHOOL", "HEARING",
          "张伟（父亲）、孙丽（母亲）"),
      new DemoRecord("陈悦", LocalDate.of(2011, 7, 5), "xiwan", "028", "SCATTERED_ORPHAN", "REGISTERED", "IN_SCHOOL", "NONE",
          "青山县民政局"),
      new DemoRecord("陈星", LocalDate.of(2017, 12, 24), "xiwan", "017", "IN_FOSTER_CARE", "REGISTERED", "IN_SCHOOL", "NONE",
          "青山县民政局"));

  private final JdbcTemplate jdbc;
  private final IdNumberProtection idNumbers;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ChildRecords records;
  private final LedgerExportGrants exportGrants;

  DemoChildRecords(JdbcTemplate jdbc, IdNumberProtection idNumbers, RuntimeService runtime, HistoryService history,
      ChildRecords records, LedgerExportGrants exportGrants) {
    this.records = records;
    this.exportGrants = exportGrants;
    this.jdbc = jdbc;
    this.idNumbers = idNumbers;
    this.runtime = runtime;
    this.history = history;
  }

  /** The demo ID number of a child born on that day with that sequence number. */
  static String idNumber(LocalDate birthDate, String sequence) {
    String first17 = FICTIONAL_ADDRESS_CODE + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
    return first17 + IdNumbers.checkCharacter(first17);
  }

  /** The demo ID number of a demo child, or null for one without. */
  public static String idNumberOf(String name) {
    return RECORDS.stream().filter(demo -> demo.name().equals(name) && demo.sequence() != null)
        .map(demo -> idNumber(demo.birthDate(), demo.sequence())).findFirst().orElse(null);
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoRecord demo : RECORDS) {
      String idNumber = demo.sequence() == null ? null : idNumber(demo.birthDate(), demo.sequence());
      var child = records.findByNameAndBirthDate(demo.name(), demo.birthDate(), demo.village())
          .filter(found -> found.category() == null);
      if (child.isEmpty()) {
        continue;
      }
      Map<String, Object> parts = new HashMap<>();
      parts.put("id_number_cipher", idNumber == null ? null : idNumbers.encrypt(idNumber));
      parts.put("id_number_hash", idNumber == null ? null : idNumbers.hash(idNumber));
      parts.put("category", demo.category());
      parts.put("household_registration", demo.householdRegistration());
      parts.put("school_status", demo.schoolStatus());
      parts.put("disability", demo.disability());
      parts.put("guardians", demo.guardians());
      records.update(child.get().id(), parts);
    }
    for (String township : List.of("hetang", "shiqiao")) {
      exportGrants.grant(Jurisdiction.supervisorsOf(township), township, "demo");
    }
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ChildRecordUpdate.PROCESS_KEY).count() == 0) {
      // Dongpo: Zhang Jiajia (张佳佳) has started school; the Shiqiao supervisor verifies the change.
      long jiajia = jdbc.queryForObject("select id from careflow.child where full_name = '张佳佳'", Long.class);
      runtime.startProcessInstanceByKey(ChildRecordUpdate.PROCESS_KEY, Map.of(Jurisdiction.VAR_CHILD_ID, jiajia,
          ChildRecordUpdate.VAR_SCHOOL_STATUS, "IN_SCHOOL",
          ChildRecordUpdate.VAR_CHANGE_REASON, "九月起在东坡村小学上一年级，班主任已确认"));
    }
  }
}
