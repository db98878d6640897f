package org.holdspace.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Enum constants on the wire: lower-case words joined by hyphens ({@code SHUT_DOWN} is {@code shut-down}). */
final class Enums {
  /** Each enum's wire names, made once per enum class. */
  private static final ClassValue<WireNames> NAMES = new ClassValue<>() {
    @Override
    protected WireNames computeValue(Class<?> type) {
      return new WireNames(type.getEnumConstants());
    }
  };

  private static final class WireNames {
    final SerializedString[] byOrdinal;
    final Map<String, Object> byName = new HashMap<>();

    WireNames(Object[] constants) {
      byOrdinal = new SerializedString[constants.length];
      for (Object constant : constants) {
        Enum<?> e = (Enum<?>) constant;
        String wire = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        byOrdinal[e.ordinal()] = new SerializedString(wire);
        byName.put(wire, e);
      }
    }
  }

  private Enums() {}

  /** The wire name with its JSON encoding made once, for a generator's {@code writeString}. */
  static SerializedString serialized(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass()).byOrdinal[value.ordinal()];
  }

  /** The constant of {@code type} named {@code wire} on the wire; null if there is none. */
  static <E extends Enum<E>> E fromWire(Class<E> type, String wire) {
    return type.cast(NAMES.get(type).byName.get(wire));
  }
}
