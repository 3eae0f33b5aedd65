package org.careflow.app.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;

/**
 * What a user's engine command carries, read from the command objects themselves. The engine's
 * commands keep their inputs in protected fields without getters; this class is the one place that
 * knows those field names, so an engine upgrade or a move to a compatible fork is checked here
 * (CommandInputsTest fails when a name no longer exists).
 */
final class CommandInputs {

  private CommandInputs() {
  }

  /**
   * Variables a command would write, by name (values as given, possibly typed values), from those
   * of the given fields that the command's class has (a map of variables or a list of names).
   */
  static Map<String, Object> variables(Object command, String... fieldNames) {
    Map<String, Object> all = new HashMap<>();
    for (String name : fieldNames) {
      if (!has(command.getClass(), name)) {
        continue;
      }
      Object value = read(command, name);
      if (value instanceof Map<?, ?> map) {
        map.forEach((key, v) -> all.put(String.valueOf(key), v));
      } else if (value instanceof Collection<?> names) {
        names.forEach(key -> all.put(String.valueOf(key), null));
      }
    }
    return all;
  }

  static String text(Object command, String fieldName) {
    Object value = read(command, fieldName);
    return value == null ? null : value.toString();
  }

  static Optional<ProcessInstantiationBuilderImpl> instantiation(Object command) {
    return Optional.ofNullable((ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder"));
  }

  static Object read(Object target, String fieldName) {
    Field field = find(target.getClass(), fieldName);
    try {
      field.setAccessible(true);
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + fieldName + " of " + target.getClass().getName(), e);
    }
  }

  static boolean has(Class<?> type, String fieldName) {
    try {
      find(type, fieldName);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static Field find(Class<?> type, String fieldName) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        return current.getDeclaredField(fieldName);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + fieldName);
  }
}
