package org.careflow.app.child;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ChildRepository {

  private static final RowMapper<Child> ROW = (rs, i) -> new Child(
      rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
      rs.getString("village_code"));

  private final JdbcTemplate jdbc;

  ChildRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Child> find(long id) {
    return jdbc.query("select * from careflow.child where id = ?", ROW, id).stream().findFirst();
  }

  public Optional<Child> findByNameAndBirthDate(String fullName, LocalDate birthDate, String villageCode) {
    return jdbc.query("select * from careflow.child where full_name = ? and birth_date = ? and village_code = ?",
        ROW, fullName, birthDate, villageCode).stream().findFirst();
  }

  public long insert(String fullName, LocalDate birthDate, String villageCode) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var statement = con.prepareStatement(
          "insert into careflow.child (full_name, birth_date, village_code) values (?, ?, ?)", new String[] {"id"});
      statement.setString(1, fullName);
      statement.setObject(2, birthDate);
      statement.setString(3, villageCode);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** Notes that a case concerns the child; a stage process under the same case number adds nothing. */
  public void linkCase(String caseNumber, long childId, String processKey) {
    jdbc.update("""
        insert into careflow.child_case (case_number, child_id, process_key)
        select ?, ?, ? where not exists (select 1 from careflow.child_case where case_number = ?)""",
        caseNumber, childId, processKey, caseNumber);
  }
}
