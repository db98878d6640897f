package org.holdspace.internal;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The encoding behind {@link EventValue#traits()}: an event value's optional parts that the
 * evaluation reads on every pass, packed into one int when the value is made, so that reading them
 * makes no {@code Optional}. This class knows no domain type: a value encodes its own enum
 * constants by ordinal, and the evaluation decodes them against the same enum.
 *
 * <p>Layout: {@link #KNOWN} set in every encoding (an int without it is never decoded); the low
 * four bits the ordinal of one enum constant plus one (0: not recorded); bits 4 to 6 a level from
 * -2 to +2 plus three (0: none); bit 8 one flag of the value's own.
 */
public final class Traits {
  /** Set in every encoding; an int without it (another implementation's, or 0) is never decoded. */
  private static final int KNOWN = 1 << 30;
  private static final int ORDINAL_MASK = 0xF;
  private static final int FLAG = 1 << 8;
  private static final int LEVEL_SHIFT = 4;
  private static final int LEVEL_MASK = 0x7;
  private static final int LEVEL_OFFSET = 3;

  private Traits() {}

  /**
   * The encoding of one optional enum constant (its ordinal must be under 15).
   *
   * @param constant the constant, if recorded
   * @return the encoding
   */
  public static int of(Optional<? extends Enum<?>> constant) {
    return KNOWN | constant.map(c -> c.ordinal() + 1).orElse(0);
  }

  /**
   * {@code traits} with the value's flag set when {@code flag} is true.
   *
   * @param traits an encoding
   * @param flag whether to set the flag
   * @return the encoding
   */
  public static int withFlag(int traits, boolean flag) {
    return flag ? traits | FLAG : traits;
  }

  /**
   * {@code traits} with a level from -2 to +2; 0 (not encoded: read through the getters) for a
   * level outside that range.
   *
   * @param traits an encoding
   * @param level the level, if rated
   * @return the encoding
   */
  public static int withLevel(int traits, OptionalInt level) {
    if (level.isEmpty()) {
      return traits;
    }
    int l = level.getAsInt();
    return l < -2 || l > 2 ? 0 : traits | (l + LEVEL_OFFSET) << LEVEL_SHIFT;
  }

  /**
   * What {@code event} encoded, if it is a library value.
   *
   * @param event any event
   * @return its encoding, or 0 when it is not a library value
   */
  public static int of(Object event) {
    return event instanceof EventValue ? ((EventValue) event).traits() : 0;
  }

  /**
   * Whether {@code traits} is an encoding at all.
   *
   * @param traits what {@link #of(Object)} gave
   * @return whether it may be decoded
   */
  public static boolean isKnown(int traits) {
    return (traits & KNOWN) != 0;
  }

  /**
   * The constant encoded in {@code traits}.
   *
   * @param <E> the enum
   * @param traits an encoding ({@link #isKnown})
   * @param values the enum's constants, in order
   * @return the constant, or null if none was recorded
   */
  public static <E> E constant(int traits, E[] values) {
    int i = traits & ORDINAL_MASK;
    return i == 0 ? null : values[i - 1];
  }

  /**
   * Whether the flag is set in {@code traits}.
   *
   * @param traits an encoding ({@link #isKnown})
   * @return the flag
   */
  public static boolean flag(int traits) {
    return (traits & FLAG) != 0;
  }

  /**
   * The level encoded in {@code traits}.
   *
   * @param traits an encoding ({@link #isKnown})
   * @param none what to answer when no level was encoded
   * @return the level, or {@code none}
   */
  public static int level(int traits, int none) {
    int l = (traits >>> LEVEL_SHIFT) & LEVEL_MASK;
    return l == 0 ? none : l - LEVEL_OFFSET;
  }
}
