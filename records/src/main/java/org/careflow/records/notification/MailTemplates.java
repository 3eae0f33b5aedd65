package org.careflow.records.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The texts of the platform's mails in the recipients' language ({@code careflow.mail.language},
 * {@code zh-CN} by default, or {@code en}).
 *
 * <p>One template per notification and language, {@code classpath:mail/<name>.<language>.txt}
 * (UTF-8): the first line is the subject, the body follows after a blank line. {@code {name}}
 * is a placeholder the code fills (see {@link MailTemplate}). The words that fill some of them
 * (a situation, a ground, an escalation's kind, a list line) are phrases in
 * {@code mail/phrases.<language>.properties} (UTF-8), which may carry placeholders too. Dates are
 * written as people of the language write them: {@code 2026年12月2日}, {@code 2 December 2026}.
 * Nothing falls back to another language: a text missing in one fails loudly.
 */
@Component
public class MailTemplates {

  /** The languages the mails are written in. */
  public enum Language {
    ZH_CN("zh-CN", DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE)),
    EN("en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private final String tag;
    private final DateTimeFormatter dates;

    Language(String tag, DateTimeFormatter dates) {
      this.tag = tag;
      this.dates = dates;
    }

    /** The language tag in the file names and in {@code careflow.mail.language}. */
    public String tag() {
      return tag;
    }

    public static Language of(String tag) {
      String wanted = tag == null ? "" : tag.trim();
      return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("careflow.mail.language '" + tag + "' is none of "
              + Arrays.stream(values()).map(Language::tag).toList()));
    }
  }

  /** A mail ready to send. */
  public record Mail(String subject, String body) {
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final Language language;
  private final Map<MailTemplate, Mail> templates = new EnumMap<>(MailTemplate.class);
  private final Properties phrases;

  @Autowired
  public MailTemplates(@Value("${careflow.mail.language:zh-CN}") String language) {
    this(Language.of(language));
  }

  public MailTemplates(Language language) {
    this.language = language;
    for (MailTemplate template : MailTemplate.values()) {
      templates.put(template, parse(template, read(path(template, language))));
    }
    this.phrases = new Properties();
    try (Reader reader = new InputStreamReader(open(phrasesPath(language)), StandardCharsets.UTF_8)) {
      phrases.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Language language() {
    return language;
  }

  /** The template's subject and body with every placeholder filled; null values read as {@code value.missing}. */
  public Mail render(MailTemplate template, Map<String, ?> values) {
    Mail text = templates.get(template);
    String where = path(template, language);
    return new Mail(fill(text.subject(), values, where), fill(text.body(), values, where));
  }

  /** A phrase of this language; a key missing here is an error, not a fallback. */
  public String phrase(String key) {
    String phrase = phrases.getProperty(key);
    if (phrase == null) {
      throw new IllegalStateException("No mail phrase '" + key + "' in " + phrasesPath(language));
    }
    return phrase;
  }

  /** A phrase with its placeholders filled. */
  public String phrase(String key, Map<String, ?> values) {
    return fill(phrase(key), values, phrasesPath(language) + " " + key);
  }

  /** The phrase {@code prefix + value}, or the value itself when it is not one the phrases know (a new form option). */
  public String phraseOr(String prefix, String value) {
    if (value == null || value.isBlank()) {
      return phrase("value.missing");
    }
    return phrases.getProperty(prefix + value.trim(), value.trim());
  }

  /** A date as this language writes it. */
  public String date(LocalDate date) {
    return date == null ? phrase("value.missing") : language.dates.format(date);
  }

  /** A form's date (ISO text) as this language writes it; text that is no date is kept as it is. */
  public String date(String isoDate) {
    if (isoDate == null || isoDate.isBlank()) {
      return phrase("value.missing");
    }
    try {
      return date(LocalDate.parse(isoDate.trim().length() > 10 ? isoDate.trim().substring(0, 10) : isoDate.trim()));
    } catch (java.time.format.DateTimeParseException e) {
      return isoDate;
    }
  }

  /** The placeholders a text uses, in order. */
  public static Set<String> placeholdersOf(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  public static String path(MailTemplate template, Language language) {
    return "mail/" + template.fileName() + "." + language.tag() + ".txt";
  }

  public static String phrasesPath(Language language) {
    return "mail/phrases." + language.tag() + ".properties";
  }

  /** Subject on the first line, a blank line, the body. */
  public static Mail parse(MailTemplate template, String text) {
    String normalised = text.replace("\r\n", "\n");
    int end = normalised.indexOf('\n');
    String subject = (end < 0 ? normalised : normalised.substring(0, end)).strip();
    String rest = end < 0 ? "" : normalised.substring(end + 1);
    if (subject.isEmpty() || !rest.startsWith("\n") || rest.isBlank()) {
      throw new IllegalStateException("Mail template " + template.fileName()
          + " must have a subject on its first line, a blank line, then the body");
    }
    return new Mail(subject, rest.substring(1).stripTrailing() + "\n");
  }

  private String fill(String text, Map<String, ?> values, String where) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException(where + " uses {" + name + "}, which the code does not fill");
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(text(values.get(name))));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private String text(Object value) {
    if (value == null || value.toString().isBlank()) {
      return phrase("value.missing");
    }
    if (value instanceof LocalDate date) {
      return date(date);
    }
    return value.toString();
  }

  private static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Mail text " + path + " is missing");
    }
    return in;
  }
}
