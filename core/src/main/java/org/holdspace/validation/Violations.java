package org.holdspace.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the violations of one value so that all of them are reported together. Used by the
 * library's own types in their {@code @Value.Check} methods, and by vendors for their subtypes.
 *
 * <pre>{@code
 * @Value.Immutable
 * public interface BillingSession extends Session {
 *   String payerId();
 *
 *   @Override
 *   @Value.Check
 *   default void checkSession() {
 *     Violations v = Violations.of("BillingSession");
 *     v.addAll(SessionConstraints.violationsOf(this), "");
 *     v.requireId(payerId(), "payerId");
 *     v.throwIfAny();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe; create one per check.
 */
public final class Violations {
  /** The longest id or code the library accepts, in characters. */
  public static final int MAX_ID_LENGTH = 256;
  /**
   * The most violations one value keeps: a hostile value with a hundred thousand broken events
   * is reported with the first hundred and the total count, in bounded memory.
   */
  public static final int MAX_KEPT = 100;

  private final String typeName;
  private List<Violation> found;
  private int total;

  private Violations(String typeName) {
    this.typeName = typeName;
  }

  /**
   * A new, empty collector for a value of the type named {@code typeName}.
   *
   * @param typeName the type's name, for messages
   * @return the collector
   */
  public static Violations of(String typeName) {
    return new Violations(typeName);
  }

  /**
   * Records a violation of {@code code} at {@code path}.
   *
   * @param code what is wrong
   * @param path where
   * @return this collector
   */
  public Violations add(ViolationCode code, String path) {
    total++;
    if (total <= MAX_KEPT) {
      found().add(Violation.of(code, path));
    }
    return this;
  }

  private List<Violation> found() {
    if (found == null) {
      found = new ArrayList<>(4);
    }
    return found;
  }

  /**
   * Records each of {@code violations} with {@code prefix} put before its path.
   *
   * @param violations violations of a nested value
   * @param prefix the path of that value
   * @return this collector
   */
  public Violations addAll(List<Violation> violations, String prefix) {
    for (Violation v : violations) {
      total++;
      if (total <= MAX_KEPT) {
        found().add(prefix.isEmpty() ? v : v.under(prefix));
      }
    }
    return this;
  }

  /**
   * Records every violation of {@code e}, counting those it did not keep.
   *
   * @param e an exception of a part of this value
   * @param prefix the path of that part
   * @return this collector
   */
  public Violations addAll(ValidationException e, String prefix) {
    addAll(e.violations(), prefix);
    total += e.totalCount() - e.violations().size();
    return this;
  }

  /** @return how many violations were found, kept or not */
  public int total() {
    return total;
  }

  /**
   * Records {@link CoreViolation#REQUIRED} if {@code value} is null.
   *
   * @param value the value
   * @param path where it is
   * @return whether the value is present
   */
  public boolean require(Object value, String path) {
    if (value == null) {
      add(CoreViolation.REQUIRED, path);
      return false;
    }
    return true;
  }

  /**
   * Records {@link CoreViolation#REQUIRED} if {@code values} is null, or at {@code path[i]} for
   * each null element, in iteration order.
   *
   * @param values the values
   * @param path where they are
   * @return whether the collection and all its elements are present
   */
  public boolean requireElements(Iterable<?> values, String path) {
    if (!require(values, path)) {
      return false;
    }
    if (values instanceof java.util.Collection && !containsNull((java.util.Collection<?>) values)) {
      return true;
    }
    boolean all = true;
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        add(CoreViolation.REQUIRED, path + "[" + i + "]");
        all = false;
      }
      i++;
    }
    return all;
  }

  private static boolean containsNull(java.util.Collection<?> values) {
    try {
      return values.contains(null);
    } catch (NullPointerException e) {
      return false; // a collection that cannot hold null has none
    }
  }

  /**
   * Checks an opaque id or a code: present, not blank, at most {@link #MAX_ID_LENGTH}
   * characters, no control characters, no invisible formatting characters (Unicode category Cf:
   * bidi overrides, zero-width characters), no line or paragraph separators, no unpaired surrogates.
   *
   * @param id the id
   * @param path where it is
   * @return whether the id is valid
   */
  public boolean requireId(String id, String path) {
    if (!require(id, path)) {
      return false;
    }
    return checkText(id, path);
  }

  /**
   * Whether {@code id} is a valid id or code (see {@link #requireId}); allocates nothing.
   *
   * @param id the id
   * @return whether it is valid
   */
  public static boolean isValidId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      return false;
    }
    boolean blank = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x80) { // ASCII, the common case: controls refused; the only other white space is ' '
        if (c < 0x20 || c == 0x7F) {
          return false;
        }
        blank &= c == ' ';
      } else {
        if (Character.isISOControl(c) || invisibleAt(id, i)) {
          return false;
        }
        blank &= Character.isWhitespace(c);
      }
    }
    return !blank;
  }

  /** Whether the char at {@code i} is a format character, a line or paragraph separator, or an unpaired surrogate. */
  private static boolean invisibleAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
        return true;
      }
      int type = Character.getType(text.codePointAt(i));
      return type == Character.FORMAT;
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Checks an optional id or code as {@link #requireId}, if present.
   *
   * @param id the id, if any
   * @param path where it is
   * @return whether it is absent or valid
   */
  public boolean checkId(Optional<String> id, String path) {
    return id == null || id.isEmpty() || checkText(id.get(), path);
  }

  private boolean checkText(String text, String path) {
    if (text.isBlank()) {
      add(CoreViolation.BLANK, path);
      return false;
    }
    if (text.length() > MAX_ID_LENGTH) {
      add(CoreViolation.TOO_LONG, path);
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        add(CoreViolation.CONTROL_CHARACTER, path);
        return false;
      }
      if (c >= 0x80 && invisibleAt(text, i)) {
        add(CoreViolation.INVISIBLE_CHARACTER, path);
        return false;
      }
    }
    return true;
  }

  /** {@return whether nothing was found so far} */
  public boolean isEmpty() {
    return found == null;
  }

  /** @return what was found so far, in order: at most {@link #MAX_KEPT} */
  public List<Violation> list() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /** Throws a {@link ValidationException} with everything found, if anything was. */
  public void throwIfAny() {
    if (found != null) {
      throw new ValidationException(typeName, found, total);
    }
  }
}
