package org.careflow.app.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careflow.app.pages.Csv;
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

  enum Status {
    OPEN_PROTECTION_CASE("Open protection case"), IN_FOSTER_CARE("In a foster placement"), NO_OPEN_CASE("No open case");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  record Row(long childId, String fullName, LocalDate birthDate, String villageCode, String idNumberCipher, String category,
      String householdRegistration, String schoolStatus, String disability, Status status) implements RecordLabels {

    public String statusLabel() {
      return status.label();
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

  /** Category label → status label → number of children. */
  Map<String, Map<String, Integer>> counts(List<Row> rows) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Row row : rows) {
      counts.computeIfAbsent(row.categoryLabel(), category -> {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
          byStatus.put(status.label(), 0);
        }
        return byStatus;
      }).merge(row.statusLabel(), 1, Integer::sum);
    }
    return counts;
  }

  String csv(List<Row> rows) {
    return Csv.of(List.of("record_number", "full_name", "birth_date", "village", "id_number_masked", "category",
            "household_registration", "school_status", "disability", "status"),
        rows.stream().map(row -> List.of(String.valueOf(row.childId()), row.fullName(), row.birthDate().toString(),
            row.villageCode(), row.idNumberCipher() == null ? "" : IdNumbers.masked(idNumbers.decrypt(row.idNumberCipher())),
            row.categoryLabel(), row.householdRegistrationLabel(), row.schoolStatusLabel(), row.disabilityLabel(),
            row.statusLabel())).toList());
  }
}
