package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void aFormulaIsDefusedAlsoWhenItGoesOnOverSeveralLines() {
    String csv = Csv.of(List.of("name"), List.of(
        List.of("=HYPERLINK(\"http://x\",\"click\")\nsecond line"), List.of("\t=1+1"), List.of("+1"), List.of("@SUM(A1)"),
        List.of("刘小雨")));
    assertThat(csv.split("\r\n")).containsExactly("name", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\nsecond line\"",
        "\"'\t=1+1\"", "\"'+1\"", "\"'@SUM(A1)\"", "刘小雨");
  }
}
