package org.careflow.processes.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.careflow.contract.Decisions;

/** Every name the contract publishes: its string constants, and the names its enums give out. */
final class ContractNames {

  private static final String PACKAGE = Decisions.class.getPackageName();

  private ContractNames() {
  }

  static Set<String> all() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : contractClasses()) {
      names.addAll(constants(type));
      if (type.isEnum()) {
        names.addAll(enumNames(type));
      }
    }
    return names;
  }

  static List<Class<?>> contractClasses() {
    try (Stream<Path> files = Files.list(packageFolder())) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class"))
          .<Class<?>>map(name -> load(PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path packageFolder() {
    try {
      return Path.of(Decisions.class.getResource("Decisions.class").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> constants(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == String.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  /** Names an enum constant gives out through its public no-argument String methods (a measure's variables). */
  private static Set<String> enumNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Object constant : type.getEnumConstants()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.getReturnType() == String.class && method.getParameterCount() == 0
            && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
          try {
            names.add((String) method.invoke(constant));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return names;
  }
}
