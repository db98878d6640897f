package org.holdspace.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import java.util.Locale;

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
    final Object[] constants;
    final SerializedString[] byOrdinal;
    final char[][] chars;

    WireNames(Object[] constants) {
      this.constants = constants;
      byOrdinal = new SerializedString[constants.length];
      chars = new char[constants.length][];
      for (Object constant : constants) {
        Enum<?> e = (Enum<?>) constant;
        String wire = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        byOrdinal[e.ordinal()] = new SerializedString(wire);
        chars[e.ordinal()] = wire.toCharArray();
      }
    }
  }

  private Enums() {}

  /** The wire name with its JSON encoding made once, for a generator's {@code writeString}. */
  static SerializedString serialized(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass()).byOrdinal[value.ordinal()];
  }

  /**
   * The constant of {@code type} named {@code text[offset, offset + length)} on the wire; null if
   * there is none. Compared in place: enums are small, and no string is made for the value.
   */
  static <E extends Enum<E>> E fromWire(Class<E> type, char[] text, int offset, int length) {
    WireNames names = NAMES.get(type);
    for (int i = 0; i < names.chars.length; i++) {
      if (Arrays.equals(names.chars[i], 0, names.chars[i].length, text, offset, offset + length)) {
        return type.cast(names.constants[i]);
      }
    }
    return null;
  }
}
