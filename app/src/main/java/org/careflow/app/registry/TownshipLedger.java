package org.careflow.app.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careflow.app.pages.Csv;
import org.careflow.app.pages.PageTexts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The township's information ledger that the child supervisor keeps: every child of its villages
 * with category, household registration, school, disability and case status, counted by category
 * and status, and as a CSV file (ID numbers masked: a file leaves the platform).
 */
@Component
class TownshipLedger {

  /** A child's case status; its words are {@code ledger.status.<name>}. */
  enum Status {
    OPEN_PROTECTION_CASE, IN_FOSTER_CARE, NO_OPEN_CASE;

    String label(PageTexts texts) {
      return texts.get("ledger.status." + name());
    }
  }

  record Row(long childId, String fullName, LocalDate birthDate, String villageCode, String idNumberCipher, String category,
      String householdRegistration, String schoolStatus, String disability, Status status) implements RecordLabels {

    public String statusLabel(PageTexts texts) {
      return status.label(texts);
    }
  }

  private final NamedParameterJdbcTemplate named;
  private final IdNumberProtection idNumbers;

  TownshipLedger(JdbcTemplate jdbc, IdNumberProtection idNumbers) {
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.idNumbers = idNumbers;
  }

  List<Row> rows(List<String> villages) {
    if (villages.isEmpty()) {
      return List.of();
    }
    return named.query("""
        select c.*,
          (select count(*) from careflow.protection_case p where p.child_id = c.id and p.closed_at is null) as open_cases,
          (select count(*) from careflow.foster_placement f where f.child_id = c.id and f.status in ('INTEGRATION', 'FORMAL')) as placements
        from careflow.child c where c.village_code in (:villages) order by c.village_code, c.full_name, c.id""",
        new MapSqlParameterSource("villages", villages),
        (rs, i) -> new Row(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
            rs.getString("village_code"), rs.getString("id_number_cipher"), rs.getString("category"),
            rs.getString("household_registration"), rs.getString("school_status"), rs.getString("disability"),
            rs.getInt("placements") > 0 ? Status.IN_FOSTER_CARE : rs.getInt("open_cases") > 0 ? Status.OPEN_PROTECTION_CASE : Status.NO_OPEN_CASE));
  }

  /** Category label → status label → number of children, in the reader's words. */
  Map<String, Map<String, Integer>> counts(List<Row> rows, PageTexts texts) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Row row : rows) {
      counts.computeIfAbsent(row.categoryLabel(texts), category -> {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
          byStatus.put(status.label(texts), 0);
        }
        return byStatus;
      }).merge(row.statusLabel(texts), 1, Integer::sum);
    }
    return counts;
  }

  /** The ledger as a file, in the reader's words (the header too: one key, its columns split at commas); dates ISO. */
  String csv(List<Row> rows, PageTexts texts) {
    return Csv.of(List.of(texts.get("ledger.csv.header").split(",")),
        rows.stream().map(row -> List.of(String.valueOf(row.childId()), row.fullName(), row.birthDate().toString(),
            row.villageCode(), row.idNumberCipher() == null ? "" : IdNumbers.masked(idNumbers.decrypt(row.idNumberCipher())),
            row.categoryLabel(texts), row.householdRegistrationLabel(texts), row.schoolStatusLabel(texts),
            row.disabilityLabel(texts), row.statusLabel(texts))).toList());
  }
}
