package org.careflow.workers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.client.task.ExternalTask;

/** Reads process variables that forms submit in more than one shape (numbers as Long or Double, dates as text). */
public final class TaskVariables {

  private TaskVariables() {
  }

  public static String text(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static String requiredText(ExternalTask task, String name) {
    String value = text(task, name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Variable '" + name + "' is missing");
    }
    return value;
  }

  public static long requiredLong(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return Long.parseLong(text.trim());
    }
    throw new IllegalStateException("Variable '" + name + "' is missing");
  }

  public static LocalDate date(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString();
    return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
  }

  /** An unticked or absent box is false. */
  public static boolean flag(ExternalTask task, String name) {
    Boolean value = optionalFlag(task, name);
    return value != null && value;
  }

  public static boolean requiredFlag(ExternalTask task, String name) {
    Boolean value = optionalFlag(task, name);
    if (value == null) {
      throw new IllegalStateException("Variable '" + name + "' is missing");
    }
    return value;
  }

  public static LocalDate requiredDate(ExternalTask task, String name) {
    LocalDate value = date(task, name);
    if (value == null) {
      throw new IllegalStateException("Variable '" + name + "' is missing");
    }
    return value;
  }

  private static Boolean optionalFlag(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof String text && !text.isBlank()) {
      return Boolean.parseBoolean(text.trim());
    }
    return null;
  }
}
