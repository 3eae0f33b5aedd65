package org.careflow.records.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The mailboxes on record for a region: who receives receipts, police reports and escalations. */
@Component
public class RegionContacts {

  /** A county's mailboxes. */
  public enum CountyContact {
    CIVIL_AFFAIRS_OFFICE("office_email"),
    POLICE_LIAISON("police_liaison_email"),
    MANAGERS("managers_email");

    private final String column;

    CountyContact(String column) {
      this.column = column;
    }
  }

  private final JdbcTemplate jdbc;

  public RegionContacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The region's name as the region table has it, for a mail; the code itself if there is none. */
  public String name(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return jdbc.query("select name from careflow.region where code = ?", (rs, i) -> rs.getString(1), code).stream()
        .filter(RegionContacts::present).map(String::trim).findFirst().orElse(code);
  }

  public Optional<String> townshipOffice(String townshipCode) {
    return jdbc.query("select office_email from careflow.region where code = ? and region_level = 'TOWNSHIP'",
        (rs, i) -> rs.getString(1), townshipCode).stream().filter(RegionContacts::present).map(String::trim).findFirst();
  }

  /** The county's mailboxes of the given kinds that are on record, without repeats. */
  public List<String> county(String countyCode, CountyContact... contacts) {
    String columns = Arrays.stream(contacts).map(contact -> contact.column).collect(Collectors.joining(", "));
    return jdbc.query("select " + columns + " from careflow.region where code = ? and region_level = 'COUNTY'",
        (rs, i) -> {
          String[] emails = new String[contacts.length];
          for (int column = 0; column < contacts.length; column++) {
            emails[column] = rs.getString(column + 1);
          }
          return emails;
        }, countyCode).stream()
        .flatMap(Arrays::stream)
        .filter(RegionContacts::present)
        .map(String::trim)
        .distinct()
        .toList();
  }

  private static boolean present(String email) {
    return email != null && !email.isBlank();
  }
}
