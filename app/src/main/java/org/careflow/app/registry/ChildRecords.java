package org.careflow.app.registry;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registry's table of children, with the parts of the record beyond name, birth date and
 * village: the only writer of careflow.child.
 */
@Repository
public class ChildRecords {

  private static final RowMapper<ChildRecord> ROW = (rs, i) -> new ChildRecord(
      rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class), rs.getString("village_code"),
      rs.getString("id_number_cipher"), rs.getString("household_registration"), rs.getString("category"),
      rs.getString("disability"), rs.getString("school_status"), rs.getString("guardians"),
      time(rs.getTimestamp("created_at")), time(rs.getTimestamp("updated_at")));

  record NewChild(String fullName, LocalDate birthDate, String villageCode, String idNumberCipher, String idNumberHash,
      String householdRegistration, String category, String disability, String schoolStatus, String guardians,
      String registeredBy) {
  }

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  ChildRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  Optional<ChildRecord> find(long id) {
    return jdbc.query("select * from careflow.child where id = ?", ROW, id).stream().findFirst();
  }

  Optional<ChildRecord> findByIdNumberHash(String hash) {
    return jdbc.query("select * from careflow.child where id_number_hash = ?", ROW, hash).stream().findFirst();
  }

  public Optional<ChildRecord> findByNameAndBirthDate(String fullName, LocalDate birthDate, String villageCode) {
    return jdbc.query("select * from careflow.child where lower(full_name) = lower(?) and birth_date = ? and village_code = ?",
        ROW, fullName.trim(), birthDate, villageCode).stream().findFirst();
  }

  /** Children of the given villages whose name contains the text, any case; all of them for a blank text. */
  List<ChildRecord> searchByName(String text, Collection<String> villages, int limit) {
    if (villages.isEmpty()) {
      return List.of();
    }
    return named.query("""
        select * from careflow.child where village_code in (:villages) and lower(full_name) like :pattern escape '\\'
        order by full_name, id limit :limit""",
        new MapSqlParameterSource(Map.of("villages", villages, "pattern", "%" + literal(text.trim().toLowerCase()) + "%",
            "limit", limit)), ROW);
  }

  /** The text matched as itself: % and _ typed in a search are not wildcards. */
  private static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  List<ChildRecord> inVillages(Collection<String> villages) {
    if (villages.isEmpty()) {
      return List.of();
    }
    return named.query("select * from careflow.child where village_code in (:villages) order by village_code, full_name, id",
        new MapSqlParameterSource("villages", villages), ROW);
  }

  /** A child first known from a report or referral: name, birth date and village, the rest of the record to follow. */
  public long registerFromIntake(String fullName, LocalDate birthDate, String villageCode) {
    return insert(new NewChild(fullName, birthDate, villageCode, null, null, null, null, null, null, null, null));
  }

  long insert(NewChild child) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var statement = con.prepareStatement("""
          insert into careflow.child (full_name, birth_date, village_code, id_number_cipher, id_number_hash,
            household_registration, category, disability, school_status, guardians, registered_by)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, child.fullName());
      statement.setObject(2, child.birthDate());
      statement.setString(3, child.villageCode());
      statement.setString(4, child.idNumberCipher());
      statement.setString(5, child.idNumberHash());
      statement.setString(6, child.householdRegistration());
      statement.setString(7, child.category());
      statement.setString(8, child.disability());
      statement.setString(9, child.schoolStatus());
      statement.setString(10, child.guardians());
      statement.setString(11, child.registeredBy());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** Sets the given columns (names from this class's callers, never from input) and the time of the update. */
  public void update(long childId, Map<String, Object> columns) {
    var params = new MapSqlParameterSource("id", childId).addValue("now", Timestamp.valueOf(LocalDateTime.now()));
    StringBuilder sets = new StringBuilder("updated_at = :now");
    columns.forEach((column, value) -> {
      sets.append(", ").append(column).append(" = :").append(column);
      params.addValue(column, value);
    });
    named.update("update careflow.child set " + sets + " where id = :id", params);
  }

  Optional<ChildRecordView.EntrustedGuardian> latestEntrustedGuardian(long childId) {
    return jdbc.query("""
        select * from careflow.guardianship_confirmation where child_id = ? order by signed_on desc, id desc""",
        (rs, i) -> new ChildRecordView.EntrustedGuardian(rs.getString("guardian_name"), rs.getString("guardian_relationship"),
            rs.getString("guardian_phone"), rs.getObject("signed_on", LocalDate.class), rs.getString("case_number")),
        childId).stream().findFirst();
  }

  private static LocalDateTime time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
