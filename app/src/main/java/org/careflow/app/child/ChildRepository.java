package org.careflow.app.child;

import java.time.LocalDate;
import java.util.Optional;
import org.careflow.app.registry.ChildRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class ChildRepository {

  private static final RowMapper<Child> ROW = (rs, i) -> new Child(
      rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
      rs.getString("village_code"));

  private final JdbcTemplate jdbc;
  private final ChildRecords records;

  ChildRepository(JdbcTemplate jdbc, ChildRecords records) {
    this.jdbc = jdbc;
    this.records = records;
  }

  public Optional<Child> find(long id) {
    return jdbc.query("select * from careflow.child where id = ?", ROW, id).stream().findFirst();
  }

  public Optional<Child> findByNameAndBirthDate(String fullName, LocalDate birthDate, String villageCode) {
    return jdbc.query("select * from careflow.child where full_name = ? and birth_date = ? and village_code = ?",
        ROW, fullName, birthDate, villageCode).stream().findFirst();
  }

  /** Registers the child in the registry, which owns careflow.child. */
  public long insert(String fullName, LocalDate birthDate, String villageCode) {
    return records.registerFromIntake(fullName, birthDate, villageCode);
  }

  /** Notes that a case concerns the child; a stage process under the same case number adds nothing. */
  public void linkCase(String caseNumber, long childId, String processKey) {
    jdbc.update("""
        insert into careflow.child_case (case_number, child_id, process_key)
        select ?, ?, ? where not exists (select 1 from careflow.child_case where case_number = ?)""",
        caseNumber, childId, processKey, caseNumber);
  }
}
