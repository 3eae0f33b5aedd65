package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careflow.app.region.Region;
import org.careflow.app.registry.RecordValues;
import org.careflow.app.staff.StaffPerformance;
import org.junit.jupiter.api.Test;

/**
 * The pages' two bundles say the same things: the same keys, no empty text, every key a template
 * names is in both (My work's keys in its own bundle), Chinese in the Chinese one and none in the
 * English one, and apostrophes as MessageFormat wants them.
 */
class PageBundlesTest {

  /** A key as a template names it literally: {@code #{home.title}}, {@code #{home.welcome(${...})}}. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
  private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF]");
  private static final Pattern HAN = Pattern.compile("[\\u4E00-\\u9FFF]");
  /** The switch to the other language is in that language, whatever the page's. */
  private static final Set<String> IN_THE_OTHER_LANGUAGE = Set.of("page.language.other", "page.language.otherCode");

  private final Properties chinese = bundle("pages_zh_CN");
  private final Properties english = bundle("pages_en");

  @Test
  void bothBundlesHaveTheSameKeysAndNoEmptyText() {
    assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    assertThat(chinese.stringPropertyNames()).hasSizeGreaterThan(200);
    for (Properties bundle : new Properties[] {chinese, english}) {
      assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key).strip()).as(key).isNotEmpty());
    }
    assertThat(bundle("pages").stringPropertyNames()).as("the base bundle stays empty").isEmpty();
  }

  @Test
  void theChineseTextsAreChineseAndTheEnglishOnesHaveNoChinese() {
    chinese.stringPropertyNames().stream().filter(key -> !IN_THE_OTHER_LANGUAGE.contains(key))
        .forEach(key -> assertThat(CJK.matcher(chinese.getProperty(key)).find()).as(key + "=" + chinese.getProperty(key)).isTrue());
    english.stringPropertyNames().stream().filter(key -> !IN_THE_OTHER_LANGUAGE.contains(key))
        .forEach(key -> assertThat(HAN.matcher(english.getProperty(key)).find()).as(key + "=" + english.getProperty(key)).isFalse());
  }

  @Test
  void theTemplatesAreFound() {
    assertThat(Arrays.stream(templates()).map(path -> path.getFileName().toString()))
        .contains("layout.html", "not-found.html", "my-work.html", "dashboard.html");
  }

  @Test
  void everyKeyATemplateNamesIsInBothLanguages() {
    Properties myWorkChinese = bundle("mywork_zh_CN");
    Properties myWorkEnglish = bundle("mywork_en");
    Map<String, Set<String>> keys = templateKeys();
    assertThat(keys).as("templates found").hasSizeGreaterThan(10);
    keys.forEach((template, named) -> assertThat(named).as(template).allSatisfy(key -> {
      assertThat(chinese.containsKey(key) || myWorkChinese.containsKey(key)).as(key + " in Chinese").isTrue();
      assertThat(english.containsKey(key) || myWorkEnglish.containsKey(key)).as(key + " in English").isTrue();
    }));
  }

  /** With arguments a text is a MessageFormat pattern, where a lone apostrophe swallows what follows; without, it is taken as it is. */
  @Test
  void apostrophesAreDoubledExactlyInTheTextsWithArguments() {
    for (Properties bundle : new Properties[] {chinese, english}) {
      for (String key : bundle.stringPropertyNames()) {
        String text = bundle.getProperty(key);
        if (key.startsWith("migrations.js.")) {
          continue; // filled in by the page's script, never by MessageFormat
        }
        if (text.matches("(?s).*\\{\\d.*")) {
          assertThat(text.replace("''", "")).as(key).doesNotContain("'");
        } else {
          assertThat(text).as(key).doesNotContain("''");
        }
      }
    }
  }

  /** The keys the templates and the Java build from a code: one for every value of the lists they come from. */
  @Test
  void everyCodedValueHasItsWords() {
    for (Properties bundle : new Properties[] {chinese, english}) {
      Stream.of(RecordValues.Category.values()).forEach(v -> assertThat(bundle).containsKey("record.category." + v.name()));
      Stream.of(RecordValues.HouseholdRegistration.values())
          .forEach(v -> assertThat(bundle).containsKey("record.householdRegistration." + v.name()));
      Stream.of(RecordValues.SchoolStatus.values()).forEach(v -> assertThat(bundle).containsKey("record.schoolStatus." + v.name()));
      Stream.of(RecordValues.Disability.values()).forEach(v -> assertThat(bundle).containsKey("record.disability." + v.name()));
      Stream.of(StaffPerformance.Training.values()).forEach(v -> assertThat(bundle).containsKey("staff.training." + v.name()));
      Stream.of(Region.Level.values()).forEach(v -> assertThat(bundle).containsKey("region.level." + v.name()));
    }
  }

  static Map<String, Set<String>> templateKeys() {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (Path template : templates()) {
      Set<String> named = new TreeSet<>();
      Matcher key = TEMPLATE_KEY.matcher(read(template));
      while (key.find()) {
        named.add(key.group(1));
      }
      keys.put(template.getFileName().toString(), named);
    }
    return keys;
  }

  static Path[] templates() {
    try (Stream<Path> files = Files.list(Path.of(PageBundlesTest.class.getResource("/templates/pages").toURI()))) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toArray(Path[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties bundle(String name) {
    Properties bundle = new Properties();
    try (InputStream in = PageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundle;
  }
}
