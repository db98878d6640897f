package org.holdspace.fhir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.holdspace.code.Code;

/**
 * One of the library's code systems, as the FHIR module publishes it: URL, computable name,
 * title, description and the concepts (code to display) in a fixed order. Built from a core
 * {@code *Codes} class, from an enum, or from a list written here.
 */
final class CodeTable {
  final String url;
  final String name;
  final String title;
  final String description;
  final Map<String, String> concepts;

  private CodeTable(String url, String name, String title, String description, Map<String, String> concepts) {
    this.url = url;
    this.name = name;
    this.title = title;
    this.description = description;
    this.concepts = concepts;
  }

  /** The public static {@code Code} constants of a core {@code *Codes} class, sorted by code. */
  static CodeTable ofConstants(Class<?> constants, String name, String title, String description) {
    List<Code> codes = new ArrayList<>();
    for (Field f : constants.getFields()) {
      if (f.getType() == Code.class && Modifier.isStatic(f.getModifiers())) {
        try {
          codes.add((Code) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(constants.getSimpleName() + "." + f.getName(), e);
        }
      }
    }
    codes.sort(Comparator.comparing(Code::code));
    Map<String, String> concepts = new LinkedHashMap<>();
    for (Code c : codes) {
      concepts.put(c.code(), c.display().orElse(null));
    }
    String url;
    try {
      url = (String) constants.getField("SYSTEM").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(constants.getSimpleName() + " has no public SYSTEM", e);
    }
    return new CodeTable(url, name, title, description, concepts);
  }

  /** An enum's constants in declaration order, coded as {@link #code(Enum)}, under {@code https://holdspace.org/codes/<enum-name>}. */
  static CodeTable ofEnum(Class<? extends Enum<?>> type, String title, String description) {
    Map<String, String> concepts = new LinkedHashMap<>();
    for (Enum<?> e : type.getEnumConstants()) {
      concepts.put(code(e), display(e));
    }
    return new CodeTable(enumSystem(type), "Holdspace" + type.getSimpleName(), title, description, concepts);
  }

  /** A code system written out here: {@code codeAndDisplay} alternates code and display. */
  static CodeTable of(String url, String name, String title, String description, String... codeAndDisplay) {
    Map<String, String> concepts = new LinkedHashMap<>();
    for (int i = 0; i < codeAndDisplay.length; i += 2) {
      concepts.put(codeAndDisplay[i], codeAndDisplay[i + 1]);
    }
    return new CodeTable(url, name, title, description, concepts);
  }

  /** The system of an enum's codes: its simple name in lower case, words joined by hyphens. */
  static String enumSystem(Class<?> type) {
    return Urls.CODES + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** An enum constant's code, as on the JSON wire: {@code SHUT_DOWN} is {@code shut-down}. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An enum constant's display: {@code SHUT_DOWN} is "Shut down". */
  static String display(Enum<?> e) {
    String words = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
