package org.holdspace.json;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Enum constants on the wire: lower-case words joined by hyphens ({@code SHUT_DOWN} is {@code shut-down}). */
final class Enums {
  private static final Map<Class<?>, Map<String, Enum<?>>> BY_WIRE_NAME = new ConcurrentHashMap<>();

  private Enums() {}

  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} named {@code wire} on the wire; null if there is none. */
  static <E extends Enum<E>> E fromWire(Class<E> type, String wire) {
    Map<String, Enum<?>> names = BY_WIRE_NAME.computeIfAbsent(type, t -> {
      Map<String, Enum<?>> m = new HashMap<>();
      for (Enum<?> e : type.getEnumConstants()) {
        m.put(wireName(e), e);
      }
      return m;
    });
    return type.cast(names.get(wire));
  }
}
