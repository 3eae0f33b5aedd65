package org.careflow.app.pages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows as CSV (RFC 4180): a field quoted when it needs to be, lines ended by CRLF. A field that a
 * spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return) is defused with a leading apostrophe.
 */
public final class Csv {

  /** What a spreadsheet reads as the start of a formula, also when the field goes on over several lines. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Csv() {
  }

  public static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return safe.matches(".*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
