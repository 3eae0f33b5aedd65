package org.careflow.app.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class RegionRepository {

  private static final RowMapper<Region> ROW = (rs, i) -> new Region(
      rs.getString("code"), rs.getString("name"), Region.Level.valueOf(rs.getString("region_level")),
      rs.getString("parent_code"), rs.getString("office_email"), rs.getString("police_liaison_email"),
      rs.getString("managers_email"), rs.getString("division_code"));

  private final JdbcTemplate jdbc;

  RegionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Region> find(String code) {
    return jdbc.query("select * from careflow.region where code = ?", ROW, code).stream().findFirst();
  }

  public Optional<Region> findByDivisionCode(String divisionCode) {
    return jdbc.query("select * from careflow.region where division_code = ?", ROW, divisionCode).stream().findFirst();
  }

  public List<Region> findAll() {
    return jdbc.query("select * from careflow.region order by code", ROW);
  }

  /** Adds the region, or updates the name, mailboxes and division code of the region with its code. */
  public void save(Region region) {
    int updated = jdbc.update("update careflow.region set name = ?, office_email = ?, police_liaison_email = ?, "
            + "managers_email = ?, division_code = ? where code = ?",
        region.name(), region.officeEmail(), region.policeLiaisonEmail(), region.managersEmail(),
        region.divisionCode(), region.code());
    if (updated == 0) {
      jdbc.update("insert into careflow.region (code, name, region_level, parent_code, office_email, "
              + "police_liaison_email, managers_email, division_code) values (?, ?, ?, ?, ?, ?, ?, ?)",
          region.code(), region.name(), region.level().name(), region.parentCode(), region.officeEmail(),
          region.policeLiaisonEmail(), region.managersEmail(), region.divisionCode());
    }
  }

  /** Village, township and county of a village: the chain a case's work is routed along. */
  public Optional<VillageChain> chainOf(String villageCode) {
    return find(villageCode)
        .filter(v -> v.level() == Region.Level.VILLAGE)
        .flatMap(village -> find(village.parentCode())
            .flatMap(township -> find(township.parentCode())
                .map(county -> new VillageChain(village, township, county))));
  }

  public record VillageChain(Region village, Region township, Region county) {
  }
}
