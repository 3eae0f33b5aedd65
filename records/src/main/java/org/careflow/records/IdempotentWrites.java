package org.careflow.records;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes that a retried task may repeat safely: a row that a unique key already holds is not
 * written twice, even when two copies of the workers race.
 */
public final class IdempotentWrites {

  private IdempotentWrites() {
  }

  /** Inserts the row; returns false when a unique key already held it. */
  public static boolean insertOnce(JdbcTemplate jdbc, String sql, Object... args) {
    try {
      jdbc.update(sql, args);
      return true;
    } catch (DuplicateKeyException concurrentCopy) {
      return false;
    }
  }

  public static boolean exists(JdbcTemplate jdbc, String countSql, Object... args) {
    Integer count = jdbc.queryForObject(countSql, Integer.class, args);
    return count != null && count > 0;
  }
}
