package org.holdspace.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.incident.Notification;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.ValidationException;

/**
 * Readers of the small core values that many documents hold: a code ({@code {system, code,
 * display}}, the library's code systems read without a copy of their URI) and an interval ({@code
 * {start, end}}) and someone told of an incident ({@code {role, at}}). Each refuses an unknown or missing field and an invalid value with the error of
 * {@link Reading}, naming where, never the value.
 */
final class CoreValues {
  private CoreValues() {}

  static Code code(Reading in, String what) throws IOException {
    in.startObject(what);
    JsonLocation start = in.location();
    String system = null;
    String code = null;
    String display = null;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "system":
          in.requireString("system");
          system = LibraryCodeSystems.named(in.p.getTextCharacters(), in.p.getTextOffset(), in.p.getTextLength());
          if (system == null) {
            system = in.p.getText();
          }
          break;
        case "code":
          code = in.string("code");
          break;
        case "display":
          display = in.string("display");
          break;
        default:
          throw in.unknownField(name, "A code");
      }
    }
    if (system == null) {
      throw in.missing(in.pointer(), start, "system", "A code");
    }
    if (code == null) {
      throw in.missing(in.pointer(), start, "code", "A code");
    }
    try {
      return Code.of(system, code, display);
    } catch (ValidationException e) {
      in.collect(in.pointer(), start, e); // the document is refused at its end, with every violation
      return StandIns.CODE;
    }
  }

  static Interval interval(Reading in, String what) throws IOException {
    in.startObject(what);
    JsonLocation start = in.location();
    Instant from = null;
    Instant to = null;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "start":
          from = in.instant("start");
          break;
        case "end":
          to = in.instant("end");
          break;
        default:
          throw in.unknownField(name, "An interval");
      }
    }
    if (from == null) {
      throw in.missing(in.pointer(), start, "start", "An interval");
    }
    if (to == null) {
      throw in.missing(in.pointer(), start, "end", "An interval");
    }
    try {
      return Interval.of(from, to);
    } catch (ValidationException e) {
      in.collect(in.pointer(), start, e); // the document is refused at its end, with every violation
      return StandIns.interval(from, to);
    }
  }

  static Notification notification(Reading in, String what) throws IOException {
    in.startObject(what);
    JsonLocation start = in.location();
    Code role = null;
    Instant at = null;
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      switch (name) {
        case "role":
          role = code(in, "role");
          break;
        case "at":
          at = in.instant("at");
          break;
        default:
          throw in.unknownField(name, what);
      }
    }
    if (role == null) {
      throw in.missing(in.pointer(), start, "role", what);
    }
    if (at == null) {
      throw in.missing(in.pointer(), start, "at", what);
    }
    try {
      return Notification.of(role, at);
    } catch (ValidationException e) {
      in.collect(in.pointer(), start, e); // the document is refused at its end, with every violation
      return Notification.of(role, StandIns.clamp(at));
    }
  }
}
