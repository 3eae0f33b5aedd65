package org.careflow.records.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careflow.records.notification.MailTemplates.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every notification has its template in every language, and the two languages say the same things. */
class MailTemplatesTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTemplateIsThereWithASubjectABodyAndExactlyThePlaceholdersTheCodeFills(Language language) throws IOException {
    for (MailTemplate template : MailTemplate.values()) {
      String path = MailTemplates.path(template, language);
      Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
      assertThat(file.exists()).as(path).isTrue();
      MailTemplates.Mail text = MailTemplates.parse(template, file.getContentAsString(StandardCharsets.UTF_8));
      assertThat(text.subject()).as(path + " subject").isNotBlank().doesNotContain("\n");
      assertThat(text.body()).as(path + " body").isNotBlank();
      Set<String> used = new TreeSet<>(MailTemplates.placeholdersOf(text.subject() + "\n" + text.body()));
      assertThat(used).as(path + ": the placeholders it uses are those the code fills")
          .isEqualTo(new TreeSet<>(template.placeholders()));
      assertThat(CHINESE.matcher(text.subject() + text.body()).find())
          .as(path + (language == Language.ZH_CN ? " is written in Chinese" : " has no Chinese left in it"))
          .isEqualTo(language == Language.ZH_CN);
    }
  }

  @Test
  void noTemplateFileWithoutItsNotificationOrLanguage() throws IOException {
    Set<String> expected = Arrays.stream(MailTemplate.values())
        .flatMap(template -> Arrays.stream(Language.values()).map(language -> MailTemplates.path(template, language)))
        .map(path -> path.substring("mail/".length())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> found = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:mail/*.txt"))
        .map(Resource::getFilename).collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void bothLanguagesHaveTheSamePhrasesWithTheSamePlaceholders() throws IOException {
    Properties chinese = phrases(Language.ZH_CN);
    Properties english = phrases(Language.EN);
    assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (String key : chinese.stringPropertyNames()) {
      assertThat(chinese.getProperty(key)).as(key).isNotBlank();
      Set<String> inChinese = MailTemplates.placeholdersOf(chinese.getProperty(key));
      Set<String> inEnglish = MailTemplates.placeholdersOf(english.getProperty(key));
      if (key.equals("digest.week")) {
        // the ISO week in English is zero-padded (2026-W03), the Chinese one is not (2026年第3周)
        assertThat(inChinese).containsExactly("year", "week");
        assertThat(inEnglish).containsExactly("year", "weekPadded");
      } else {
        assertThat(inChinese).as(key).isEqualTo(inEnglish);
      }
    }
  }

  @Test
  void datesAsPeopleWriteThem() {
    assertThat(new MailTemplates("zh-CN").date(LocalDate.of(2026, 12, 2))).isEqualTo("2026年12月2日");
    assertThat(new MailTemplates("zh-CN").date("2027-03-09")).isEqualTo("2027年3月9日");
    assertThat(new MailTemplates("en").date(LocalDate.of(2026, 12, 2))).isEqualTo("2 December 2026");
    assertThat(new MailTemplates("zh-CN").date("next spring")).as("not a date: kept as written").isEqualTo("next spring");
  }

  @Test
  void aPlaceholderTheCodeDoesNotFillFailsInsteadOfGoingOutEmpty() {
    MailTemplates texts = new MailTemplates("zh-CN");
    Map<String, Object> values = new HashMap<>();
    MailTemplate.ESCALATION.placeholders().forEach(name -> values.put(name, "x"));
    values.remove("caseNumber");
    assertThatThrownBy(() -> texts.render(MailTemplate.ESCALATION, values))
        .hasMessageContaining("mail/escalation.zh-CN.txt uses {caseNumber}");
    assertThatThrownBy(() -> texts.phrase("escalation.LATE_LUNCH")).hasMessageContaining("No mail phrase 'escalation.LATE_LUNCH'");
  }

  @Test
  void theLanguageComesFromTheSettingAndAnUnknownOneIsRefused() {
    assertThat(new MailTemplates("zh-CN").language()).isEqualTo(Language.ZH_CN);
    assertThat(new MailTemplates("en").language()).isEqualTo(Language.EN);
    assertThatThrownBy(() -> new MailTemplates("fr")).hasMessageContaining("careflow.mail.language 'fr'");
  }

  private static Properties phrases(Language language) throws IOException {
    Properties phrases = new Properties();
    try (var reader = new InputStreamReader(MailTemplatesTest.class.getClassLoader()
        .getResourceAsStream(MailTemplates.phrasesPath(language)), StandardCharsets.UTF_8)) {
      phrases.load(reader);
    }
    return phrases;
  }
}
