package org.careflow.app.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/** Rows as CSV (RFC 4180): every field quoted when it needs to be, lines ended by CRLF. */
final class Csv {

  private Csv() {
  }

  static String of(List<String> header, List<List<String>> rows) {
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
    // a leading =, +, - or @ would make a spreadsheet run the cell as a formula
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    return safe.matches(".*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
