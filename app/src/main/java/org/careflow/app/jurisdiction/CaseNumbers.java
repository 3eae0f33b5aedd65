package org.careflow.app.jurisdiction;

import java.time.Year;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers, e.g. {@code EG-2026-000042}: one counter per prefix and year. Runs in
 * the caller's transaction, so a refused start does not use up a number.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(String prefix) {
    int year = Year.now().getValue();
    int updated = jdbc.update(
        "update careflow.case_counter set last_number = last_number + 1 where prefix = ? and counter_year = ?",
        prefix, year);
    if (updated == 0) {
      jdbc.update("insert into careflow.case_counter (prefix, counter_year, last_number) values (?, ?, 1)", prefix, year);
    }
    Integer number = jdbc.queryForObject(
        "select last_number from careflow.case_counter where prefix = ? and counter_year = ?",
        Integer.class, prefix, year);
    return "%s-%d-%06d".formatted(prefix, year, number);
  }
}
