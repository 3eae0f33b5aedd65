package org.careflow.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the platform can say exists in English and in Chinese, and every text said is used. */
class RefusalBundlesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  @Test
  void bothLanguagesSayTheSameThings() throws IOException {
    Properties english = bundle("i18n/refusals.properties");
    Properties chinese = bundle("i18n/refusals_zh_CN.properties");

    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(english.getProperty(key)).as(key).isNotBlank();
      assertThat(chinese.getProperty(key)).as(key).isNotBlank();
      assertThat(placeholders(chinese.getProperty(key))).as("placeholders of " + key).isEqualTo(placeholders(english.getProperty(key)));
      // separators (", ") and a bare "{0}" hold no words to translate
      if (!key.startsWith("refusal.list.") && !PLACEHOLDER.matcher(chinese.getProperty(key)).replaceAll("").isBlank()) {
        assertThat(CJK.matcher(chinese.getProperty(key)).find()).as("Chinese text of " + key).isTrue();
      }
    }
  }

  @Test
  void everyKeyTheCodeSaysIsWrittenAndEveryWrittenKeyIsSaid() throws IOException {
    Set<String> written = bundle("i18n/refusals.properties").stringPropertyNames();
    Set<String> said = keysInSources();

    assertThat(written).as("keys the sources use but the bundle lacks").containsAll(said);
    assertThat(said).as("keys of the bundle no source uses").containsAll(written);
  }

  @Test
  void aPhraseIsRenderedInTheAskedLanguageWithItsPartsInTheSameLanguage() {
    Phrase phrase = Phrase.of("refusal.required.many", Phrase.of("refusal.action.complete-task", "走访儿童"),
        Phrase.joined("refusal.list.comma", List.of("走访日期 (visitDate)", "儿童是否安全 (childSafe)")));

    assertThat(phrase.english()).isEqualTo(
        "Cannot complete '走访儿童': required fields missing: 走访日期 (visitDate), 儿童是否安全 (childSafe)");
    assertThat(phrase.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "无法完成“走访儿童”：有必填项未填写：走访日期 (visitDate)、儿童是否安全 (childSafe)");
  }

  @Test
  void anArgumentThatLooksLikeAPlaceholderStaysAsTyped() {
    assertThat(Phrase.of("refusal.village.unknown", "{0}").english()).isEqualTo("Unknown village '{0}'");
    assertThat(Phrase.of("refusal.child.other-village", 7, "{2}", "lianhua").in(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("档案号为 7 的儿童登记在村“{2}”，不在村“lianhua”");
  }

  private static Set<String> keysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher literal = LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          String text = literal.group(1);
          if (text.startsWith("refusal.")) {
            keys.add(text);
          }
        }
      }
    }
    return keys;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group()));
    return found;
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RefusalBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
