package org.holdspace.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.holdspace.fhir.HoldspaceFhirException.Problem;

/**
 * The check that input is one strict JSON value (RFC 8259) before HAPI's parser reads it: HAPI's
 * parser is lenient (it took single-quoted names and strings), and FHIR JSON is JSON. One
 * streaming pass, no tree: no single quotes, comments, unquoted names, leading zeros, NaN or
 * trailing commas; no name twice in one object; nothing after the value; an extension list an
 * array of objects. A refusal names the line and column, never the text.
 */
final class StrictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private StrictJson() {}

  /**
   * Refuses {@code json} unless it is one strict JSON value.
   *
   * @param json the input
   * @param location where to say the problem is, for example {@code Bundle}
   * @throws HoldspaceFhirException with problem {@code MALFORMED}
   */
  static void check(String json, String location) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw malformed(location, "empty input", p);
      }
      walk(p, first, location);
      if (p.nextToken() != null) {
        throw malformed(location, "more than one JSON value", p);
      }
    } catch (JsonProcessingException e) {
      throw new HoldspaceFhirException(Problem.MALFORMED, location, "not strict JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", List.of(), null);
    } catch (IOException e) {
      throw new HoldspaceFhirException(Problem.MALFORMED, location, "not strict JSON", List.of(), null);
    }
  }

  /**
   * Reads the value that starts with {@code first} to its end, checking FHIR's one structural rule
   * that HAPI's parser does not: an {@code extension} or {@code modifierExtension} is an array of
   * objects (HAPI fails with a NullPointerException on a string, number, boolean or null there).
   */
  private static void walk(JsonParser p, JsonToken first, String location) throws IOException {
    // for each open array or object: whether it is an extension array (its elements must be objects)
    Deque<Boolean> open = new ArrayDeque<>();
    boolean extensionField = false;
    JsonToken t = first;
    while (true) {
      if (!open.isEmpty() && Boolean.TRUE.equals(open.peek()) && t != JsonToken.END_ARRAY && t != JsonToken.START_OBJECT) {
        throw malformed(location, "an extension that is not an object", p);
      }
      if (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        extensionField = "extension".equals(name) || "modifierExtension".equals(name);
      } else {
        if (extensionField && t != JsonToken.START_ARRAY) {
          throw malformed(location, "an extension list that is not an array", p);
        }
        if (t == JsonToken.START_ARRAY) {
          open.push(extensionField);
        } else if (t == JsonToken.START_OBJECT) {
          open.push(Boolean.FALSE);
        } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
          open.pop();
        }
        extensionField = false;
        if (open.isEmpty()) {
          return;
        }
      }
      t = p.nextToken();
      if (t == null) {
        return; // the parser reports the unfinished value
      }
    }
  }

  private static HoldspaceFhirException malformed(String location, String what, JsonParser p) {
    return new HoldspaceFhirException(Problem.MALFORMED, location, what + " (line "
        + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ")", List.of(), null);
  }
}
