package org.holdspace.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.Violation;

/**
 * Reading helpers over one parser. Every error is a {@link HoldspaceJsonException} naming the
 * JSON pointer, line and column, and never the offending value.
 *
 * <p>About 410 lines, for a reason: every primitive the codecs read with and every error they
 * raise is here, so that each error names its place the same way; the readers of codes and
 * intervals are in {@link CoreValues}, the violations of a whole document in {@link
 * DocumentViolations}.
 */
final class Reading {
  /** The most violations an exception's message names; the rest are counted. */
  static final int MAX_NAMED = 10;

  final JsonParser p;
  final DeserializationContext ctxt;
  private final String prefix;
  private final JsonLocation fixedLocation;
  /** The names met so far in each open object, by nesting depth; null over a tree (already checked). */
  private FieldNames[] namesByDepth;
  /** The domain violations of nested values found so far in this document, reported together at its end. */
  private final DocumentViolations found;

  Reading(JsonParser p, DeserializationContext ctxt) {
    this(p, ctxt, "", null, new DocumentViolations());
    this.namesByDepth = new FieldNames[8];
  }

  private Reading(JsonParser p, DeserializationContext ctxt, String prefix, JsonLocation fixedLocation,
      DocumentViolations found) {
    this.p = p;
    this.ctxt = ctxt;
    this.prefix = prefix;
    this.fixedLocation = fixedLocation;
    this.found = found;
  }

  /**
   * The field names of one object, to refuse a name met twice. A linear scan while the object is
   * small (no allocation, names being short and canonical), a set beyond that.
   */
  private static final class FieldNames {
    private static final int SCANNED = 16;
    private final String[] names = new String[SCANNED];
    private int count;
    private Set<String> many;

    void clear() {
      count = 0;
      many = null;
    }

    /** @return false if {@code name} was met before */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (count == SCANNED) {
        many = new HashSet<>(Arrays.asList(names));
        return many.add(name);
      }
      names[count++] = name;
      return true;
    }
  }

  /** A field read earlier as a tree, to be read again once its object's type is known. */
  static final class Deferred {
    final String name;
    final JsonNode value;
    final String pointer;
    final JsonLocation location;
    final int index;

    Deferred(String name, JsonNode value, String pointer, JsonLocation location, int index) {
      this.name = name;
      this.value = value;
      this.pointer = pointer;
      this.location = location;
      this.index = index;
    }
  }

  /** Reads the current field's value as a tree, remembering where it was. */
  Deferred defer(String name) throws IOException {
    String at = pointer();
    JsonLocation where = location();
    int index = fieldIndex();
    return new Deferred(name, tree(), at, where, index);
  }

  /** The position (from 0) of the current field in its object. */
  int fieldIndex() {
    return p.getParsingContext().getCurrentIndex();
  }

  /** A reading of a deferred value, with the parser on its first token and errors placed where it was. */
  Reading over(Deferred d) throws IOException {
    JsonParser tree = d.value.traverse(p.getCodec());
    tree.nextToken();
    return new Reading(tree, ctxt, d.pointer, d.location, found);
  }

  /** A reader of one value of {@code type}. */
  interface ValueReader<T> {
    T read(Reading in) throws IOException;
  }

  /**
   * The JSON pointer of the current value. A field name is input: names the format defines appear
   * as they are, any other (an unknown field, a map key such as a goal id in {@code gasLevels})
   * only by its position, as {@code <field 2>}, so that no caller-controlled text reaches a message.
   */
  String pointer() {
    return prefix + pointerOf(p.getParsingContext());
  }

  static String pointerOf(JsonStreamContext context) {
    ArrayDeque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("/" + c.getCurrentIndex());
        }
      } else if (c.getCurrentName() != null) {
        String name = c.getCurrentName();
        JsonStreamContext parent = c.getParent();
        boolean mapKey = parent != null && "gasLevels".equals(parent.getCurrentName());
        segments.push("/" + (!mapKey && WireNames.isDefined(name) ? name : "<field " + c.getCurrentIndex() + ">"));
      }
    }
    return String.join("", segments);
  }

  JsonLocation location() {
    return fixedLocation != null ? fixedLocation : p.currentTokenLocation();
  }

  HoldspaceJsonException fail(Problem problem, String detail) {
    return new HoldspaceJsonException(p, problem, pointer(), location(), detail, List.of(), null);
  }

  HoldspaceJsonException unknownField(Deferred d, String what) {
    return new HoldspaceJsonException(p, Problem.UNKNOWN_FIELD, d.pointer, d.location,
        what + " has a field the format does not define (field " + d.index + " of the object)", List.of(), null);
  }

  HoldspaceJsonException missing(String objectPointer, JsonLocation at, String field, String what) {
    return new HoldspaceJsonException(p, Problem.MISSING_FIELD, objectPointer + "/" + field, at,
        what + " needs the field \"" + field + "\"", List.of(), null);
  }

  HoldspaceJsonException unknownField(String field, String what) {
    return new HoldspaceJsonException(p, Problem.UNKNOWN_FIELD, pointer(), location(),
        what + " has a field the format does not define (field " + fieldIndex() + " of the object)", List.of(),
        null);
  }

  /**
   * Keeps the domain violations of a nested value that starts at {@code objectPointer}, so that
   * reading goes on and the document is refused once, at its end, with every violation in it
   * (DOMAIN.md invariant 4). The caller goes on with a stand-in for the value.
   */
  void collect(String objectPointer, JsonLocation at, ValidationException e) {
    found.add(objectPointer, at, e);
  }

  /** {@return whether a nested value's violations were kept} */
  boolean hasCollected() {
    return found.any();
  }

  /**
   * The refusal of the document, with every violation kept so far and those of {@code last} (the
   * value that could not be built, at {@code objectPointer}; null when every value was built).
   */
  HoldspaceJsonException collected(String objectPointer, JsonLocation at, ValidationException last) {
    if (last != null) {
      found.add(objectPointer, at, last);
    }
    return found.toException(p);
  }

  /** A domain violation of the value that starts at {@code objectPointer}, with pointers to each violation. */
  HoldspaceJsonException invalid(String objectPointer, JsonLocation at, ValidationException e) {
    if (found.any()) { // violations of nested values were kept: refuse the document with all of them
      return collected(objectPointer, at, e);
    }
    String first = e.violations().isEmpty() ? "" : toPointer(e.violations().get(0).path());
    List<String> parts = new ArrayList<>();
    for (Violation v : e.violations()) {
      if (parts.size() == MAX_NAMED) {
        break;
      }
      parts.add(objectPointer + toPointer(v.path()) + ": " + v.code().description() + " (" + v.code().code() + ")");
    }
    int more = e.totalCount() - parts.size();
    return new HoldspaceJsonException(p, Problem.DOMAIN_VIOLATION, objectPointer + first, at,
        "invalid " + e.typeName() + " (" + e.totalCount() + " violations): " + String.join("; ", parts)
            + (more > 0 ? "; and " + more + " more" : ""), e.violations(), null);
  }

  /** {@code events[3].until} as {@code /events/3/until}. */
  static String toPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + path.replace("[", "/").replace("]", "").replace('.', '/');
  }

  /** A field name is input too: show it only when it is short and plain. */
  static String safeName(String name) {
    if (name.length() > 40) {
      return "(a long name)";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return "(a name with unusual characters)";
      }
    }
    return name;
  }

  void startObject(String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(Problem.WRONG_TYPE, what + " must be a JSON object, not " + kind(p.currentToken()));
    }
  }

  /** The next field name of the current object, with the parser on its value; null at the object's end. */
  String nextField() throws IOException {
    String name = p.nextFieldName();
    if (name != null) {
      if (namesByDepth != null && !namesOfCurrentObject().add(name)) {
        throw fail(Problem.MALFORMED, "an object has the same field twice");
      }
      p.nextToken();
    }
    return name;
  }

  private FieldNames namesOfCurrentObject() {
    JsonStreamContext object = p.getParsingContext();
    int depth = object.getNestingDepth();
    if (depth >= namesByDepth.length) {
      namesByDepth = Arrays.copyOf(namesByDepth, Math.max(depth + 1, namesByDepth.length * 2));
    }
    FieldNames names = namesByDepth[depth];
    if (names == null) {
      names = new FieldNames();
      namesByDepth[depth] = names;
    }
    if (object.getCurrentIndex() == 0) {
      names.clear();
    }
    return names;
  }

  String string(String what) throws IOException {
    requireString(what);
    return p.getText();
  }

  /** Refuses any token but a string, for readers that then read the parser's characters in place. */
  void requireString(String what) throws HoldspaceJsonException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(Problem.WRONG_TYPE, what + " must be a string, not " + kind(p.currentToken()));
    }
  }

  boolean bool(String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw fail(Problem.WRONG_TYPE, what + " must be true or false, not " + kind(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  int integer(String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(Problem.WRONG_TYPE, what + " must be a whole number, not " + kind(p.currentToken()));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(Problem.INVALID_VALUE, what + " is out of range");
    }
    return p.getIntValue();
  }

  double number(String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(Problem.WRONG_TYPE, what + " must be a number, not " + kind(t));
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw fail(Problem.INVALID_VALUE, what + " is out of range");
    }
    return value;
  }

  /** Reads {@code schemaVersion}, refusing any version this library cannot read. */
  int schemaVersion() throws IOException {
    int version = integer("schemaVersion");
    if (version != HoldspaceModule.SCHEMA_VERSION) {
      throw fail(Problem.UNSUPPORTED_VERSION, "this library reads schemaVersion " + HoldspaceModule.SCHEMA_VERSION);
    }
    return version;
  }

  /** Whether the object whose start is the current token is a document's root value. */
  boolean atRoot() {
    return p.getParsingContext().getParent() == null || p.getParsingContext().getParent().inRoot();
  }

  Instant instant(String what) throws IOException {
    requireString(what);
    try {
      return IsoInstants.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (DateTimeParseException e) {
      throw fail(Problem.INVALID_VALUE, what + " must be an ISO-8601 instant such as 2026-03-02T09:00:00Z");
    }
  }

  Duration duration(String what) throws IOException {
    String text = string(what);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(Problem.INVALID_VALUE, what + " must be an ISO-8601 duration such as PT46M");
    }
  }

  <E extends Enum<E>> E enumValue(Class<E> type, String what) throws IOException {
    requireString(what);
    E value = Enums.fromWire(type, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      throw fail(Problem.INVALID_VALUE, what + " is not one of the values the format defines");
    }
    return value;
  }

  <T> List<T> array(String what, ValueReader<T> element) throws IOException {
    return array(what, element, Integer.MAX_VALUE);
  }

  /** An array of at most {@code max} elements. */
  <T> List<T> array(String what, ValueReader<T> element, int max) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(Problem.WRONG_TYPE, what + " must be an array, not " + kind(p.currentToken()));
    }
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (values.size() == max) {
        throw fail(Problem.LIMIT_EXCEEDED, what + " has more than " + max + " elements");
      }
      values.add(element.read(this));
    }
    return values;
  }

  /** The current value as a tree; a field name repeated anywhere inside it is refused as malformed. */
  JsonNode tree() throws IOException {
    if (p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
      return ctxt.readTree(p);
    }
    // Jackson checks names within the value's object and those nested in it: the context of the
    // value's own start token, made before this call, is given a detector by enable()
    p.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    try {
      return ctxt.readTree(p);
    } finally {
      p.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
  }

  static String kind(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "something else";
    }
  }
}
