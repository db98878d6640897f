package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.narrative.NoteStatus;
import org.holdspace.narrative.SessionNote;
import org.holdspace.narrative.Statement;
import org.holdspace.validation.ValidationException;

/**
 * Session notes on the wire: every part as its statements (key, evidence, text), the headings, the
 * status with its signature once signed, and the closing line for each status, so that a signed
 * note is stored and read back exactly as the clinician signed it.
 */
final class SessionNotesCodec {
  private static final String[] PARTS = {"header", "subjective", "objective", "assessment", "plan", "interventions"};
  private static final String[] REQUIRED = {"locale", "zone", "status", "headings", "statusLines", "header",
      "subjective", "objective", "assessment", "plan", "interventions"};

  private SessionNotesCodec() {}

  static void write(SessionNote n, JsonGenerator g) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject();
    if (root) {
      g.writeNumberField("schemaVersion", HoldspaceModule.SCHEMA_VERSION);
    }
    g.writeStringField("type", "sessionNote");
    g.writeStringField("locale", n.locale().toLanguageTag());
    g.writeStringField("zone", n.zone().getId());
    Writing.enumField("status", n.status(), g);
    if (n.signedBy().isPresent()) {
      g.writeStringField("signedBy", n.signedBy().get());
    }
    if (n.signedCredential().isPresent()) {
      g.writeStringField("signedCredential", n.signedCredential().get());
    }
    if (n.signedAt().isPresent()) {
      Writing.instant("signedAt", n.signedAt().get(), g);
    }
    g.writeArrayFieldStart("headings");
    for (String h : n.headings()) {
      g.writeString(h);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("statusLines");
    for (NoteStatus s : NoteStatus.values()) {
      g.writeStringField(Enums.serialized(s).getValue(), n.statusLines().get(s));
    }
    g.writeEndObject();
    List<List<Statement>> parts = List.of(n.header(), n.subjective(), n.objective(), n.assessment(), n.plan(),
        n.interventions());
    for (int i = 0; i < PARTS.length; i++) {
      g.writeArrayFieldStart(PARTS[i]);
      for (Statement st : parts.get(i)) {
        g.writeStartObject();
        g.writeStringField("key", st.key());
        g.writeArrayFieldStart("evidence");
        for (String id : st.evidence()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("text", st.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static SessionNote read(Reading in) throws IOException {
    boolean root = in.atRoot();
    in.startObject("A session note");
    JsonLocation start = in.location();
    SessionNote.Builder b = SessionNote.builder();
    Set<String> seen = new HashSet<>();
    boolean versioned = false;
    boolean typed = false;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      seen.add(name);
      switch (name) {
        case "schemaVersion":
          in.schemaVersion();
          versioned = true;
          break;
        case "type":
          if (!in.string("type").equals("sessionNote")) {
            throw in.fail(Problem.UNKNOWN_TYPE, "a session note has the type \"sessionNote\"");
          }
          typed = true;
          break;
        case "locale":
          b.locale(Locale.forLanguageTag(in.string("locale")));
          break;
        case "zone":
          b.zone(SessionsCodec.zone(in));
          break;
        case "status":
          b.status(in.enumValue(NoteStatus.class, "status"));
          break;
        case "signedBy":
          b.signedBy(in.string("signedBy"));
          break;
        case "signedCredential":
          b.signedCredential(in.string("signedCredential"));
          break;
        case "signedAt":
          b.signedAt(in.instant("signedAt"));
          break;
        case "headings":
          b.headings(in.array("headings", r -> r.string("A heading")));
          break;
        case "statusLines":
          b.statusLines(statusLines(in));
          break;
        case "header":
          b.header(statements(in, name));
          break;
        case "subjective":
          b.subjective(statements(in, name));
          break;
        case "objective":
          b.objective(statements(in, name));
          break;
        case "assessment":
          b.assessment(statements(in, name));
          break;
        case "plan":
          b.plan(statements(in, name));
          break;
        case "interventions":
          b.interventions(statements(in, name));
          break;
        default:
          throw in.unknownField(name, "A session note");
      }
    }
    if (root && !versioned) {
      throw in.missing(in.pointer(), start, "schemaVersion", "A session note document");
    }
    if (!typed) {
      throw in.missing(in.pointer(), start, "type", "A session note");
    }
    for (String required : REQUIRED) {
      if (!seen.contains(required)) {
        throw in.missing(in.pointer(), start, required, "A session note");
      }
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      throw in.invalid(in.pointer(), start, e);
    }
  }

  private static List<Statement> statements(Reading in, String part) throws IOException {
    return in.array(part, r -> {
      r.startObject("A statement");
      String key = null;
      List<String> evidence = null;
      String text = null;
      for (String name = r.nextField(); name != null; name = r.nextField()) {
        switch (name) {
          case "key":
            key = r.string("key");
            break;
          case "evidence":
            evidence = r.array("evidence", e -> e.string("An event id"));
            break;
          case "text":
            text = r.string("text");
            break;
          default:
            throw r.unknownField(name, "A statement");
        }
      }
      if (key == null || evidence == null || text == null) {
        throw r.fail(Problem.MISSING_FIELD, "a statement has a key, its evidence and its text");
      }
      return Statement.of(key, evidence, text);
    });
  }

  private static Map<NoteStatus, String> statusLines(Reading in) throws IOException {
    in.startObject("statusLines");
    Map<NoteStatus, String> lines = new EnumMap<>(NoteStatus.class);
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      NoteStatus status = null;
      for (NoteStatus s : NoteStatus.values()) {
        if (Enums.serialized(s).getValue().equals(name)) {
          status = s;
        }
      }
      if (status == null) {
        throw in.unknownField(name, "statusLines");
      }
      lines.put(status, in.string("A status line"));
    }
    return lines;
  }
}
