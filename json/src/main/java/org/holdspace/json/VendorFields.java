package org.holdspace.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.timeline.EventHeader;
import org.holdspace.validation.ValidationException;

/**
 * The fields of a vendor's event or session beyond the library's, with typed, checked access: a
 * missing or wrong-typed field is a {@link HoldspaceJsonException} with its JSON pointer, never a
 * {@code NullPointerException} or a silent zero. Every field the codec does not read is refused
 * after {@code read} returns ({@code UNKNOWN_FIELD}), or kept verbatim in the mode that keeps
 * unknown content, so that nothing is lost without a word.
 *
 * <pre>{@code
 * JsonEventCodec<HydrationBreak> codec = new JsonEventCodec<>() {
 *   public String typeName() { return "acme.hydrationBreak"; }
 *   public Class<HydrationBreak> type() { return HydrationBreak.class; }
 *   public void writeFields(HydrationBreak e, JsonGenerator out) throws IOException {
 *     out.writeNumberField("millilitres", e.millilitres());
 *   }
 *   public HydrationBreak read(EventHeader h, VendorFields fields) throws HoldspaceJsonException {
 *     return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
 *         .millilitres(fields.requireInt("millilitres")).build();   // missing or "abc": an error, not 0
 *   }
 * };
 * }</pre>
 *
 * <p>Error messages name the vendor's field (a name its codec asked for), never a value. Not
 * thread-safe: one per value read.
 */
public final class VendorFields {
  private final Map<String, JsonNode> fields;
  private final Map<String, Integer> positions;
  private final String pointer;
  private final JsonLocation location;
  private final Set<String> read = new LinkedHashSet<>();

  VendorFields(Map<String, JsonNode> fields, Map<String, Integer> positions, String pointer, JsonLocation location) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.positions = positions;
    this.pointer = pointer;
    this.location = location;
  }

  /**
   * @param name a field name
   * @return whether the field is present (null counts as absent)
   */
  public boolean has(String name) {
    JsonNode node = fields.get(name);
    return node != null && !node.isNull();
  }

  /**
   * A field's JSON value as it is, for a codec that reads structured values itself.
   *
   * @param name a field name
   * @return the value, if present
   */
  public Optional<JsonNode> node(String name) {
    read.add(name);
    return Optional.ofNullable(fields.get(name)).filter(n -> !n.isNull());
  }

  /**
   * @param name a field name
   * @return the string
   * @throws HoldspaceJsonException if it is missing or not a string
   */
  public String requireString(String name) throws HoldspaceJsonException {
    return string(name).orElseThrow(() -> missing(name));
  }

  /**
   * @param name a field name
   * @return the string, if present
   * @throws HoldspaceJsonException if it is present and not a string
   */
  public Optional<String> string(String name) throws HoldspaceJsonException {
    JsonNode n = value(name);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw wrongType(name, "a string");
    }
    return Optional.of(n.textValue());
  }

  /**
   * @param name a field name
   * @return the whole number
   * @throws HoldspaceJsonException if it is missing, not a whole number, or outside the range of an int
   */
  public int requireInt(String name) throws HoldspaceJsonException {
    OptionalInt v = integer(name);
    if (v.isEmpty()) {
      throw missing(name);
    }
    return v.getAsInt();
  }

  /**
   * @param name a field name
   * @return the whole number, if present
   * @throws HoldspaceJsonException if it is present and not a whole number in the range of an int
   */
  public OptionalInt integer(String name) throws HoldspaceJsonException {
    JsonNode n = value(name);
    if (n == null) {
      return OptionalInt.empty();
    }
    if (!n.isIntegralNumber()) {
      throw wrongType(name, "a whole number");
    }
    if (!n.canConvertToInt()) {
      throw fail(Problem.INVALID_VALUE, name, "is out of range");
    }
    return OptionalInt.of(n.intValue());
  }

  /**
   * @param name a field name
   * @return the number, finite
   * @throws HoldspaceJsonException if it is missing, not a number, or not finite
   */
  public double requireNumber(String name) throws HoldspaceJsonException {
    OptionalDouble v = number(name);
    if (v.isEmpty()) {
      throw missing(name);
    }
    return v.getAsDouble();
  }

  /**
   * @param name a field name
   * @return the number, if present, finite
   * @throws HoldspaceJsonException if it is present and not a finite number
   */
  public OptionalDouble number(String name) throws HoldspaceJsonException {
    JsonNode n = value(name);
    if (n == null) {
      return OptionalDouble.empty();
    }
    if (!n.isNumber()) {
      throw wrongType(name, "a number");
    }
    if (!Double.isFinite(n.doubleValue())) {
      throw fail(Problem.INVALID_VALUE, name, "is out of range");
    }
    return OptionalDouble.of(n.doubleValue());
  }

  /**
   * @param name a field name
   * @return the boolean
   * @throws HoldspaceJsonException if it is missing or not a boolean
   */
  public boolean requireBoolean(String name) throws HoldspaceJsonException {
    JsonNode n = value(name);
    if (n == null) {
      throw missing(name);
    }
    if (!n.isBoolean()) {
      throw wrongType(name, "a boolean");
    }
    return n.booleanValue();
  }

  /**
   * @param name a field name
   * @return the instant, if present (ISO-8601, within the years the library accepts)
   * @throws HoldspaceJsonException if it is present and not such an instant
   */
  public Optional<Instant> instant(String name) throws HoldspaceJsonException {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Instant at = Instant.parse(text.get());
      if (!org.holdspace.timeline.Interval.isInRange(at)) {
        throw fail(Problem.INVALID_VALUE, name, "lies outside the years 0001 to 9999");
      }
      return Optional.of(at);
    } catch (DateTimeParseException e) {
      throw fail(Problem.INVALID_VALUE, name, "must be an ISO-8601 instant such as 2026-03-02T09:00:00Z");
    }
  }

  /**
   * @param name a field name
   * @return the code ({@code system}, {@code code}, optional {@code display}), if present
   * @throws HoldspaceJsonException if it is present and not a valid code
   */
  public Optional<Code> code(String name) throws HoldspaceJsonException {
    JsonNode n = value(name);
    if (n == null) {
      return Optional.empty();
    }
    JsonNode system = n.get("system");
    JsonNode code = n.get("code");
    JsonNode display = n.get("display");
    if (!n.isObject() || system == null || !system.isTextual() || code == null || !code.isTextual()
        || (display != null && !display.isTextual()) || n.size() != (display == null ? 2 : 3)) {
      throw wrongType(name, "a code: {system, code, display}");
    }
    try {
      return Optional.of(Code.of(system.textValue(), code.textValue(), display == null ? null : display.textValue()));
    } catch (ValidationException e) {
      throw new HoldspaceJsonException(null, Problem.DOMAIN_VIOLATION, pointer + "/" + Reading.safeName(name),
          location, "invalid code in " + Reading.safeName(name), e.violations(), null);
    }
  }

  /** The fields the codec did not read, with their positions in the object. */
  Map<String, Integer> unread() {
    Map<String, Integer> unread = new LinkedHashMap<>();
    for (String name : fields.keySet()) {
      if (!read.contains(name)) {
        unread.put(name, positions.getOrDefault(name, -1));
      }
    }
    return unread;
  }

  Map<String, JsonNode> all() {
    return fields;
  }

  /** A vendor's codec, called with its fields. */
  interface Call<T> {
    T read(VendorFields fields) throws IOException;
  }

  /**
   * Calls a vendor's codec with the fields read from the object at the reader's pointer, and
   * checks what it did: core's violations become a {@code DOMAIN_VIOLATION}, any other runtime
   * exception the codec's failure (without its message, which could quote the input), and every
   * field it did not read is refused, or put in {@code keep} (name to verbatim JSON) when given.
   */
  static <T> T call(Reading in, JsonLocation start, String what, Map<String, JsonNode> fields,
      Map<String, Integer> positions, Map<String, String> keep, Call<T> codec) throws IOException {
    String pointer = in.pointer();
    VendorFields vendor = new VendorFields(fields, positions, pointer, start);
    T value;
    try {
      value = codec.read(vendor);
    } catch (HoldspaceJsonException e) {
      throw e;
    } catch (ValidationException e) {
      throw in.invalid(pointer, start, e);
    } catch (RuntimeException e) {
      throw new HoldspaceJsonException(in.p, Problem.INVALID_VALUE, pointer, start,
          what + " was refused by its codec (" + e.getClass().getSimpleName() + ")", List.of(), null);
    }
    if (value == null) {
      throw new HoldspaceJsonException(in.p, Problem.INVALID_VALUE, pointer, start,
          what + ": its codec returned nothing", List.of(), null);
    }
    for (Map.Entry<String, Integer> unread : vendor.unread().entrySet()) {
      if (keep == null) {
        throw new HoldspaceJsonException(in.p, Problem.UNKNOWN_FIELD, pointer + "/<field " + unread.getValue() + ">",
            start, what + " has a field its codec does not read (field " + unread.getValue() + " of the object)",
            List.of(), null);
      }
      keep.put(unread.getKey(), fields.get(unread.getKey()).toString());
    }
    return value;
  }

  private JsonNode value(String name) {
    read.add(java.util.Objects.requireNonNull(name, "name"));
    JsonNode n = fields.get(name);
    return n == null || n.isNull() ? null : n;
  }

  private HoldspaceJsonException missing(String name) {
    return new HoldspaceJsonException(null, Problem.MISSING_FIELD, pointer + "/" + Reading.safeName(name), location,
        "the field " + Reading.safeName(name) + " is required", List.of(), null);
  }

  private HoldspaceJsonException wrongType(String name, String expected) {
    return fail(Problem.WRONG_TYPE, name, "must be " + expected);
  }

  private HoldspaceJsonException fail(Problem problem, String name, String detail) {
    return new HoldspaceJsonException(null, problem, pointer + "/" + Reading.safeName(name), location,
        Reading.safeName(name) + " " + detail, List.of(), null);
  }
}
