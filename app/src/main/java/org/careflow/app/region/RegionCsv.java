package org.careflow.app.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a county's regions from CSV and checks every line against the file itself and the regions
 * already known. Either every line is fine and all regions come back, or nothing does and each
 * problem is reported with its line number.
 *
 * <pre>
 * key,division_code,level,name,parent,office_email,police_liaison_email,managers_email
 * qingshan,990101,COUNTY,青山县,,civil-affairs@qingshan.example.org,police@...,managers@...
 * hetang,990101001,TOWNSHIP,荷塘镇,qingshan,hetang-office@qingshan.example.org,,
 * lianhua,990101001001,VILLAGE,莲花村,hetang,,,
 * </pre>
 * The key is what group ids are made of ({@code director-lianhua}); the parent is given by its key.
 */
public final class RegionCsv {

  public static final List<String> HEADER = List.of(
      "key", "division_code", "level", "name", "parent", "office_email", "police_liaison_email", "managers_email");

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

  /** The file was refused; nothing of it may be imported. */
  public static class Refused extends RuntimeException {
    private final List<String> problems;

    Refused(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private record Row(int line, Region region) {
  }

  private final Function<String, Optional<Region>> existingByKey;
  private final Function<String, Optional<Region>> existingByDivisionCode;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Row> byKey = new HashMap<>();
  private final Map<String, Integer> firstLineOfKey = new HashMap<>();
  private final Map<String, Integer> firstLineOfDivisionCode = new HashMap<>();

  private RegionCsv(Function<String, Optional<Region>> existingByKey, Function<String, Optional<Region>> existingByDivisionCode) {
    this.existingByKey = existingByKey;
    this.existingByDivisionCode = existingByDivisionCode;
  }

  /** The file's regions in file order, or {@link Refused} naming every problem. */
  public static List<Region> read(String csv, Function<String, Optional<Region>> existingByKey,
      Function<String, Optional<Region>> existingByDivisionCode) {
    return new RegionCsv(existingByKey, existingByDivisionCode).read(csv == null ? "" : csv);
  }

  private List<Region> read(String csv) {
    String[] lines = csv.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
    int headerLine = firstNonBlank(lines, 0);
    if (headerLine < 0) {
      throw new Refused(List.of("Line 1: the file is empty"));
    }
    List<String> header = fields(lines[headerLine]).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(HEADER)) {
      throw new Refused(List.of("Line " + (headerLine + 1) + ": the header must be " + String.join(",", HEADER)));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = headerLine + 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        parse(i + 1, lines[i]).ifPresent(rows::add);
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add("Line " + (headerLine + 2) + ": the file has no regions after the header");
    }
    rows.forEach(this::checkAgainstParentAndKnownRegions);
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return rows.stream().map(Row::region).toList();
  }

  private Optional<Row> parse(int line, String text) {
    List<String> fields = fields(text).stream().map(String::trim).toList();
    if (fields.size() != HEADER.size()) {
      problem(line, "expected " + HEADER.size() + " fields, found " + fields.size());
      return Optional.empty();
    }
    String key = fields.get(0);
    String divisionCode = fields.get(1);
    String levelText = fields.get(2);
    String name = fields.get(3);
    String parent = blankToNull(fields.get(4));
    int before = problems.size();

    if (!KEY.matcher(key).matches()) {
      problem(line, "key '" + key + "' must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter "
          + "(it becomes part of group ids such as director-" + (key.isBlank() ? "lianhua" : key) + ")");
    } else if (firstLineOfKey.putIfAbsent(key, line) != null) {
      problem(line, "duplicate key '" + key + "' (first on line " + firstLineOfKey.get(key) + ")");
    }
    Region.Level level = level(levelText);
    if (level == null) {
      problem(line, "level must be COUNTY, TOWNSHIP or VILLAGE, not '" + levelText + "'");
    }
    if (name.isBlank()) {
      problem(line, "missing name");
    } else if (name.length() > 100) {
      problem(line, "name is longer than 100 characters");
    }
    if (level != null && !(DIGITS.matcher(divisionCode).matches() && divisionCode.length() == level.divisionCodeLength())) {
      problem(line, "division code '" + divisionCode + "' of a " + level.name().toLowerCase(Locale.ROOT) + " must have "
          + level.divisionCodeLength() + " digits");
    } else if (firstLineOfDivisionCode.putIfAbsent(divisionCode, line) != null) {
      problem(line, "duplicate division code " + divisionCode + " (first on line " + firstLineOfDivisionCode.get(divisionCode) + ")");
    }
    if (level == Region.Level.COUNTY && parent != null) {
      problem(line, "a county has no parent, not '" + parent + "'");
    } else if (level != null && level != Region.Level.COUNTY && parent == null) {
      problem(line, "missing parent: a " + level.name().toLowerCase(Locale.ROOT) + " belongs to a "
          + level.parentLevel().name().toLowerCase(Locale.ROOT));
    }
    String office = email(line, HEADER.get(5), fields.get(5));
    String police = email(line, HEADER.get(6), fields.get(6));
    String managers = email(line, HEADER.get(7), fields.get(7));
    if (level != null && level != Region.Level.COUNTY && (police != null || managers != null)) {
      problem(line, "police_liaison_email and managers_email are for a county only");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    Row row = new Row(line, new Region(key, name, level, parent, office, police, managers, divisionCode));
    byKey.put(key, row);
    return Optional.of(row);
  }

  private void checkAgainstParentAndKnownRegions(Row row) {
    Region region = row.region();
    int line = row.line();
    Optional<Region> existing = existingByKey.apply(region.code());
    if (existing.isPresent()) {
      Region known = existing.get();
      if (known.level() != region.level()) {
        problem(line, "region '" + region.code() + "' already exists as a " + known.level().name().toLowerCase(Locale.ROOT));
        return;
      }
      if (!java.util.Objects.equals(known.parentCode(), region.parentCode())) {
        problem(line, "region '" + region.code() + "' already belongs to '" + known.parentCode()
            + "'; the import does not move regions");
        return;
      }
      if (known.divisionCode() != null && !known.divisionCode().equals(region.divisionCode())) {
        problem(line, "region '" + region.code() + "' already has division code " + known.divisionCode());
        return;
      }
    }
    existingByDivisionCode.apply(region.divisionCode())
        .filter(other -> !other.code().equals(region.code()))
        .ifPresent(other -> problem(line, "duplicate division code " + region.divisionCode() + ": it belongs to '"
            + other.code() + "' (" + other.name() + ")"));
    if (region.parentCode() == null) {
      return;
    }
    Optional<Region> parent = parent(region.parentCode());
    if (parent.isEmpty()) {
      problem(line, "unknown parent '" + region.parentCode() + "'");
      return;
    }
    if (parent.get().level() != region.level().parentLevel()) {
      problem(line, "parent '" + region.parentCode() + "' is a " + parent.get().level().name().toLowerCase(Locale.ROOT)
          + "; a " + region.level().name().toLowerCase(Locale.ROOT) + " belongs to a "
          + region.level().parentLevel().name().toLowerCase(Locale.ROOT));
      return;
    }
    String parentDivision = parent.get().divisionCode();
    if (parentDivision != null && !region.divisionCode().startsWith(parentDivision)) {
      problem(line, "division code " + region.divisionCode() + " does not lie in parent '" + region.parentCode()
          + "' (" + parentDivision + ")");
    }
  }

  /** A known region stays what it is (its line is refused otherwise), unless it has no division code yet. */
  private Optional<Region> parent(String key) {
    Optional<Region> inFile = Optional.ofNullable(byKey.get(key)).map(Row::region);
    Optional<Region> known = existingByKey.apply(key);
    return known.isPresent() && (known.get().divisionCode() != null || inFile.isEmpty()) ? known : inFile;
  }

  private String email(int line, String column, String value) {
    if (value.isBlank()) {
      return null;
    }
    if (value.length() > 200 || !EMAIL.matcher(value).matches()) {
      problem(line, column + " '" + value + "' is not an e-mail address");
    }
    return value;
  }

  private void problem(int line, String reason) {
    problems.add("Line " + line + ": " + reason);
  }

  private static Region.Level level(String text) {
    try {
      return Region.Level.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int firstNonBlank(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }

  /** The fields of one line (RFC 4180 quoting: "a, b" and "say ""hi"""); a field does not span lines. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
