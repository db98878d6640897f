package org.holdspace.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/**
 * The writers' side of {@link JsonLimits}: nothing is written that a reader with the same limits
 * refuses. A document over a limit is refused when written, with the problem the reader would
 * give ({@code LIMIT_EXCEEDED}) and where; the builders of core accept longer values, since the
 * limits are the JSON module's and configurable.
 *
 * <p>The check costs nothing for the documents the library writes every day: a document of the
 * library's own values, smaller than the string limit and no deeper than the library's shapes, can
 * exceed no limit, so it is not read again. Any other (a vendor's content, a very long text) is
 * read once with the reader's constraints.
 */
final class WriteLimits {
  /** The deepest nesting of the library's own documents (session, events, an event, a code). */
  private static final int LIBRARY_DEPTH = 8;

  private final JsonLimits limits;
  private final JsonFactory scanner;

  WriteLimits(JsonLimits limits, JsonFactory readersFactory) {
    this.limits = limits;
    this.scanner = readersFactory;
  }

  /**
   * {@code written} if a reader with these limits reads it; else the refusal.
   *
   * @param written the document written for {@code value}
   * @param value the session or assessment written
   * @return {@code written}
   * @throws HoldspaceJsonException with problem {@code LIMIT_EXCEEDED}
   */
  byte[] check(byte[] written, Object value) throws HoldspaceJsonException {
    if (value instanceof Session && ((Session) value).events().size() > limits.maxEventsPerSession()) {
      throw refused("/events/" + limits.maxEventsPerSession(), "the session has more than " + limits.maxEventsPerSession()
          + " events, more than a reader with these limits reads");
    }
    if (written.length > limits.maxDocumentBytes()) {
      throw refused("", "the document would be larger than " + limits.maxDocumentBytes()
          + " bytes, more than a reader with these limits reads");
    }
    if (written.length <= limits.maxStringLength() && limits.maxNestingDepth() >= LIBRARY_DEPTH
        && isLibraryOnly(value)) {
      return written; // no string can be longer than the whole, and the shapes are the library's
    }
    JsonParser p = null;
    try {
      p = scanner.createParser(written);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          p.getText(); // Jackson checks a string's length when it makes the string
        }
      }
      p.close();
    } catch (StreamConstraintsException e) {
      throw refused(p == null ? "" : Reading.pointerOf(p.getParsingContext()), "a string or the nesting of the "
          + "document would be over the limits a reader with these limits reads");
    } catch (IOException e) {
      throw new HoldspaceJsonException(null, Problem.NOT_WRITABLE, "", null,
          "the written document could not be read back (" + e.getClass().getSimpleName() + ")", List.of(), null);
    }
    return written;
  }

  private static boolean isLibraryOnly(Object value) {
    if (!(value instanceof Session)) {
      return true; // an assessment: the library's own shape, whoever made it
    }
    Session s = (Session) value;
    if (!Session.isLibraryValue(s)) {
      return false;
    }
    for (SessionEvent e : s.events()) {
      if (!SessionEvent.isLibraryValue(e)) {
        return false;
      }
    }
    return true;
  }

  private static HoldspaceJsonException refused(String pointer, String detail) {
    return new HoldspaceJsonException(null, Problem.LIMIT_EXCEEDED, pointer, null, detail, List.of(), null);
  }
}
