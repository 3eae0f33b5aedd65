package org.careflow.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No template under templates/pages puts English on the page outside {@code #{...}}: not in a text
 * node (an element whose text a {@code th:text} replaces keeps only a placeholder, never shown), not
 * in an attribute a reader sees (placeholder, title, alt, aria-label), not in a literal of a
 * Thymeleaf expression ({@code 'Home'}, {@code |Ledger of ...|}). Code, paths and ids are no words.
 */
class PageTemplatesTextTest {

  /** Names that are the same in every language. */
  private static final Set<String> ALLOWED = Set.of("CareFlow", "CSV", "ID", "Tasklist", "Cockpit", "JSON", "API");

  /** A tag, its attributes' values quoted (an expression may hold a {@code >}). */
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)((?:[^>\"]|\"[^\"]*\")*?)(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Set<String> SEEN_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
  private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:placeholder", "th:title", "th:alt",
      "th:aria-label", "th:replace", "th:insert");
  /** Elements whose content the page does not show as it stands in the template. */
  private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
  private static final Set<String> NOT_PROSE = Set.of("code", "pre", "script", "style");
  private static final Set<String> VOID = Set.of("input", "br", "meta", "link", "img", "hr");
  private static final Pattern INNER_EXPRESSION = Pattern.compile("[$*@#]\\{[^{}]*}");
  private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\\|([^|]*)\\|");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9_.:-]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]+");

  @Test
  void noTemplateHasEnglishOutsideItsMessages() {
    List<String> found = new ArrayList<>();
    for (Path template : PageBundlesTest.templates()) {
      englishIn(PageBundlesTest.read(template)).forEach(text -> found.add(template.getFileName() + ": " + text));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsEnglishWhereverAReaderSeesIt() {
    assertThat(englishIn("<p>Find a child</p>")).containsExactly("Find a child");
    assertThat(englishIn("<input placeholder=\"Name or ID number\">")).containsExactly("Name or ID number");
    assertThat(englishIn("<head th:replace=\"~{pages/layout :: head('Register a child')}\"></head>")).containsExactly("Register a child");
    assertThat(englishIn("<h1 th:text=\"|Ledger of ${township.name}|\">x</h1>")).containsExactly("Ledger of ");
    assertThat(englishIn("<td th:text=\"${s.role == 'child-directors'} ? 'Child director' : #{x}\">y</td>")).containsExactly("Child director");
    assertThat(englishIn("""
        <h1 th:text="#{home.welcome(${currentUser.id})}">Welcome</h1><!-- a comment -->
        <a th:href="@{/pages/x(lang=#{page.language.otherCode})}" th:text="#{page.language.other}">English</a>
        <select th:if="${n > 1}" th:aria-label="#{column.township}"></select> CareFlow &larr; <code>director-lianhua</code>
        <a href="/api/staff">/api/staff</a> <span th:text="${title} + ' · CareFlow'">t</span>
        <table th:replace="~{pages/charts :: deadlineTable('deadlines-by-person', #{column.person}, ${rows})}"></table>"""))
        .isEmpty();
  }

  /** The texts of a template that hold English words. */
  static List<String> englishIn(String html) {
    List<String> english = new ArrayList<>();
    String markup = html.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?i)<!DOCTYPE[^>]*>", " ");
    StringBuilder text = new StringBuilder();
    String skipping = null;
    int depth = 0;
    int at = 0;
    Matcher tag = TAG.matcher(markup);
    while (tag.find()) {
      if (skipping == null) {
        text.append(markup, at, tag.start()).append('\n');
      }
      at = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase();
      boolean opening = !closing && tag.group(4).isEmpty() && !VOID.contains(name);
      if (skipping != null) {
        depth += name.equals(skipping) ? (opening ? 1 : closing ? -1 : 0) : 0;
        skipping = depth == 0 ? null : skipping;
        continue;
      }
      boolean replaced = false;
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String attributeName = attribute.group(1);
        String value = attribute.group(2);
        if (SEEN_ATTRIBUTES.contains(attributeName) && hasEnglish(value)) {
          english.add(value);
        } else if (TEXT_EXPRESSIONS.contains(attributeName)) {
          english.addAll(englishLiterals(value));
        }
        replaced |= REPLACING.contains(attributeName);
      }
      if (opening && (replaced || NOT_PROSE.contains(name))) {
        skipping = name;
        depth = 1;
      }
    }
    text.append(markup.substring(at));
    for (String line : text.toString().split("\n")) {
      String words = line.replaceAll("&#?\\w+;", " ").replaceAll("(^|\\s)/\\S*", " ").strip();
      if (hasEnglish(words)) {
        english.add(words);
      }
    }
    return english;
  }

  private static List<String> englishLiterals(String expression) {
    String literals = expression;
    for (String before = null; !literals.equals(before); ) {
      before = literals;
      literals = INNER_EXPRESSION.matcher(literals).replaceAll("");
    }
    List<String> english = new ArrayList<>();
    Matcher literal = LITERAL.matcher(literals);
    while (literal.find()) {
      String value = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (!IDENTIFIER.matcher(value).matches() && hasEnglish(value)) {
        english.add(value);
      }
    }
    return english;
  }

  private static boolean hasEnglish(String text) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (!ALLOWED.contains(word.group())) {
        return true;
      }
    }
    return false;
  }
}
