package org.holdspace.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.List;
import org.holdspace.fhir.HoldspaceFhirException.Problem;

/**
 * The check that input is one strict JSON value (RFC 8259) before HAPI's parser reads it: HAPI's
 * parser is lenient (it took single-quoted names and strings), and FHIR JSON is JSON. One
 * streaming pass, no tree: no single quotes, comments, unquoted names, leading zeros, NaN or
 * trailing commas; no name twice in one object; nothing after the value. A refusal names the
 * line and column, never the text.
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
      if (p.nextToken() == null) {
        throw malformed(location, "empty input", p);
      }
      p.skipChildren();
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

  private static HoldspaceFhirException malformed(String location, String what, JsonParser p) {
    return new HoldspaceFhirException(Problem.MALFORMED, location, what + " (line "
        + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ")", List.of(), null);
  }
}
