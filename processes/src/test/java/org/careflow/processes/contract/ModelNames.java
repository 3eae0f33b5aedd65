package org.careflow.processes.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names models and forms use that other code must spell the same way: process keys,
 * messages, topics, decision keys, inputs and outputs, form ids and field keys, the variables
 * expressions read and the beans they call. Each name is kept with where it was seen.
 */
final class ModelNames {

  /** Words of the expression language and what the engine itself puts in scope. */
  private static final Set<String> NOT_NAMES = Set.of("true", "false", "null", "empty", "not", "and", "or",
      "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "dateTime",
      "authenticatedUserId", "now", "S", "JSON", "XML",
      // the result of a business rule task's decision, transient, for its output mapping
      "decisionResult");

  private static final Pattern[] BPMN_NAMES = {
      Pattern.compile("<bpmn:process id=\"([^\"]+)\""),
      Pattern.compile("<bpmn:message [^>]*name=\"([^\"]+)\""),
      Pattern.compile("camunda:topic=\"([^\"$]+)\""),
      Pattern.compile("camunda:(?:decisionRef|resultVariable|formRef|elementVariable|calledElement)=\"([^\"$]+)\""),
      Pattern.compile("\\bcalledElement=\"([^\"$]+)\""),
      Pattern.compile("<camunda:(?:inputParameter|outputParameter) name=\"([^\"]+)\""),
      Pattern.compile("<camunda:(?:in|out) [^>]*\\b(?:source|target)=\"([^\"]+)\""),
      Pattern.compile("getVariable(?:Local)?\\(\\s*(?:'|&#39;|\"|&#34;|&quot;)(\\w+)"),
  };
  private static final Pattern DMN_DECISION = Pattern.compile("<decision id=\"([^\"]+)\"");
  private static final Pattern DMN_OUTPUT = Pattern.compile("<output [^>]*name=\"([^\"]+)\"");
  private static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");
  private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern FORM_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|&#39;.*?&#39;|&#34;.*?&#34;|&quot;.*?&quot;");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*\\()?");

  private final Map<String, Set<String>> names = new TreeMap<>();

  Map<String, Set<String>> names() {
    return names;
  }

  ModelNames bpmn(String where, String xml) {
    for (Pattern pattern : BPMN_NAMES) {
      Matcher matcher = pattern.matcher(xml);
      while (matcher.find()) {
        add(matcher.group(1), where);
      }
    }
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      identifiers(expression.group(1), where);
    }
    return this;
  }

  ModelNames dmn(String where, String xml) {
    for (Pattern pattern : new Pattern[] {DMN_DECISION, DMN_OUTPUT}) {
      Matcher matcher = pattern.matcher(xml);
      while (matcher.find()) {
        add(matcher.group(1), where);
      }
    }
    Matcher input = DMN_INPUT.matcher(xml);
    while (input.find()) {
      identifiers(input.group(1), where);
    }
    return this;
  }

  /** A form's id (the first "id" of the file, before its components) and its fields' keys. */
  ModelNames form(String where, String json) {
    Matcher id = FORM_ID.matcher(json);
    if (id.find()) {
      add(id.group(1), where);
    }
    Matcher key = FORM_KEY.matcher(json);
    while (key.find()) {
      add(key.group(1), where);
    }
    return this;
  }

  /** The variables and beans an expression reads; method calls and quoted text are not names. */
  private void identifiers(String expression, String where) {
    Matcher matcher = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll(""));
    while (matcher.find()) {
      if (matcher.group(2) == null && !NOT_NAMES.contains(matcher.group(1))) {
        add(matcher.group(1), where);
      }
    }
  }

  private void add(String name, String where) {
    names.computeIfAbsent(name, key -> new TreeSet<>()).add(where);
  }

  /** The models and forms of this repository, read from their source folders. */
  static ModelNames ofRepository() {
    ModelNames names = new ModelNames();
    each(Path.of("src/main/resources/bpmn"), ".bpmn", names::bpmn);
    each(Path.of("src/main/resources/dmn"), ".dmn", names::dmn);
    each(Path.of("../forms/src/main/resources/forms"), ".form", names::form);
    return names;
  }

  private interface Reader {
    ModelNames read(String where, String text);
  }

  private static void each(Path folder, String extension, Reader reader) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(path -> path.toString().endsWith(extension)).sorted().toList()) {
        reader.read(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
