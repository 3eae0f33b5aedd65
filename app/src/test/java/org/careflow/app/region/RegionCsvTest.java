package org.careflow.app.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionCsvTest {

  private static final String HEADER = "key,division_code,level,name,parent,office_email,police_liaison_email,managers_email\n";
  private static final Region QINGSHAN = new Region("qingshan", "青山县", Region.Level.COUNTY, null,
      "civil-affairs@qingshan.example.org", null, null, "990101");
  private static final Region HETANG = new Region("hetang", "荷塘镇", Region.Level.TOWNSHIP, "qingshan",
      null, null, null, "990101001");
  private static final Region LIANHUA = new Region("lianhua", "莲花村", Region.Level.VILLAGE, "hetang",
      null, null, null, "990101001001");
  private static final Map<String, Region> KNOWN = Map.of("qingshan", QINGSHAN, "hetang", HETANG, "lianhua", LIANHUA);

  private static List<Region> read(String csv) {
    return RegionCsv.read(csv, key -> Optional.ofNullable(KNOWN.get(key)),
        code -> KNOWN.values().stream().filter(r -> code.equals(r.divisionCode())).findFirst());
  }

  private static List<String> problems(String csv) {
    return catchThrowableOfType(RegionCsv.Refused.class, () -> read(csv)).problems();
  }

  @Test
  void readsATownshipWithItsVillagesInAnyOrderWithQuotesAndABom() {
    List<Region> regions = read("\uFEFF" + HEADER
        + "furong,990101003001,village,\"Furong Village, upper\",baiyun,,,\r\n"
        + "\r\n"
        + "baiyun,990101003,TOWNSHIP,Baiyun Township,qingshan,baiyun@qingshan.example.org,,\r\n");

    assertThat(regions).containsExactly(
        new Region("furong", "Furong Village, upper", Region.Level.VILLAGE, "baiyun", null, null, null, "990101003001"),
        new Region("baiyun", "Baiyun Township", Region.Level.TOWNSHIP, "qingshan", "baiyun@qingshan.example.org", null, null, "990101003"));
  }

  @Test
  void aKnownRegionAgainIsAnUpdateOfNameAndMailboxes() {
    assertThat(read(HEADER + "lianhua,990101001001,VILLAGE,Lianhua New Village,hetang,lianhua@qingshan.example.org,,\n"))
        .extracting(Region::name, Region::officeEmail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lianhua New Village", "lianhua@qingshan.example.org"));
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndReason() {
    assertThat(problems(HEADER
        + "furong,990101003001,VILLAGE,Furong Village,atlantis,,,\n"          // 2
        + "baiyun,990101003,TOWNSHIP,,qingshan,,,\n"                          // 3
        + "taohua,99010100,TOWNSHIP,Taohua Township,qingshan,,,\n"            // 4
        + "yangliu,990101001001,VILLAGE,杨柳村,hetang,,,\n"          // 5: Lianhua's division code
        + "xinzhuang,990101001005,VILLAGE,Xinzhuang,hetang,not-a-mail,,\n"    // 6
        + "xinzhuang,990101001006,VILLAGE,Xinzhuang 2,hetang,,,\n"            // 7
        + "shuiwan,990101001007,VILLAGE,Shuiwan,lianhua,,,\n"                 // 8: a village under a village
        + "hetang,990101009,TOWNSHIP,荷塘镇,qingshan,,,\n"           // 9: a known township with another code
        + "qiaotou,990102001001,VILLAGE,Qiaotou,hetang,,,\n"                  // 10: outside Hetang
        + "Bad Key,990101001008,VILLAGE,Bad,hetang,,,\n"                      // 11
        + "lonely,990101001009,HAMLET,Lonely,hetang,,,\n"                     // 12
        + "short,990101001010,VILLAGE\n"))                                    // 13
        .containsExactly(
            "Line 3: missing name",
            "Line 4: division code '99010100' of a township must have 9 digits",
            "Line 6: office_email 'not-a-mail' is not an e-mail address",
            "Line 7: duplicate key 'xinzhuang' (first on line 6)",
            "Line 11: key 'Bad Key' must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter "
                + "(it becomes part of group ids such as director-Bad Key)",
            "Line 12: level must be COUNTY, TOWNSHIP or VILLAGE, not 'HAMLET'",
            "Line 13: expected 8 fields, found 3",
            "Line 2: unknown parent 'atlantis'",
            "Line 5: duplicate division code 990101001001: it belongs to 'lianhua' (莲花村)",
            "Line 8: parent 'lianhua' is a village; a village belongs to a township",
            "Line 9: region 'hetang' already has division code 990101001",
            "Line 10: division code 990102001001 does not lie in parent 'hetang' (990101001)");
  }

  @Test
  void aKnownRegionCannotChangeLevelOrMove() {
    assertThat(problems(HEADER
        + "lianhua,990101008,TOWNSHIP,Lianhua,qingshan,,,\n"
        + "shiqiao,990101002,TOWNSHIP,石桥镇,qingshan,,,\n"
        + "hetang,990101001,TOWNSHIP,荷塘镇,shiqiao,,,\n")).containsExactly(
            "Line 2: region 'lianhua' already exists as a village",
            "Line 4: region 'hetang' already belongs to 'qingshan'; the import does not move regions");
  }

  @Test
  void countyOnlyMailboxesAndParentRules() {
    assertThat(problems(HEADER
        + "baiyun,990101003,TOWNSHIP,Baiyun,qingshan,,police@qingshan.example.org,\n"
        + "huangshan,990102,COUNTY,Huangshan County,qingshan,,,\n"
        + "nowhere,990101004,TOWNSHIP,Nowhere,,,,\n")).containsExactly(
            "Line 2: police_liaison_email and managers_email are for a county only",
            "Line 3: a county has no parent, not 'qingshan'",
            "Line 4: missing parent: a township belongs to a county");
  }

  @Test
  void anEmptyFileOrAWrongHeaderIsRefused() {
    assertThat(problems("")).containsExactly("Line 1: the file is empty");
    assertThat(problems("\n  \n")).containsExactly("Line 1: the file is empty");
    assertThat(problems(HEADER)).containsExactly("Line 2: the file has no regions after the header");
    assertThat(problems("code,name,level\nhetang,Hetang,TOWNSHIP\n"))
        .containsExactly("Line 1: the header must be key,division_code,level,name,parent,office_email,police_liaison_email,managers_email");
  }
}
