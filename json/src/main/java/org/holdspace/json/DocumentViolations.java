package org.holdspace.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.Violation;

/**
 * The domain violations found in one document, across its nested values, refused together: each
 * violation with its path from the document's root ({@code events[2].until}), in the order read,
 * a violation reported twice for one place (a value's own check, then its session's) kept once.
 * Bounded: at most {@link #MAX_KEPT} violations are kept, the rest counted.
 */
final class DocumentViolations {
  /** The most violations kept for one document; the rest are counted, as core's exception does. */
  static final int MAX_KEPT = 100;

  private final List<Violation> kept = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private String firstPointer;
  private JsonLocation firstAt;
  private int total;

  boolean any() {
    return total > 0;
  }

  void add(String objectPointer, JsonLocation at, ValidationException e) {
    if (firstPointer == null && !e.violations().isEmpty()) {
      firstPointer = objectPointer + Reading.toPointer(e.violations().get(0).path());
      firstAt = at;
    }
    for (Violation v : e.violations()) {
      String path = join(pathOf(objectPointer), v.path());
      if (seen.add(path + " " + v.code().code())) {
        total++;
        if (kept.size() < MAX_KEPT) {
          kept.add(Violation.of(v.code(), path));
        }
      }
    }
    total += e.totalCount() - e.violations().size(); // those core counted but did not keep
  }

  HoldspaceJsonException toException(JsonParser p) {
    List<String> parts = new ArrayList<>();
    for (Violation v : kept) {
      if (parts.size() == Reading.MAX_NAMED) {
        break;
      }
      parts.add(Reading.toPointer(v.path()) + ": " + v.code().description() + " (" + v.code().code() + ")");
    }
    int more = total - parts.size();
    return new HoldspaceJsonException(p, Problem.DOMAIN_VIOLATION, firstPointer == null ? "" : firstPointer, firstAt,
        "invalid document (" + total + (total == 1 ? " violation): " : " violations): ") + String.join("; ", parts)
            + (more > 0 ? "; and " + more + " more" : ""), List.copyOf(kept), null);
  }

  /** {@code /events/2} as {@code events[2]}. */
  static String pathOf(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(part);
      }
    }
    return path.toString();
  }

  private static String join(String base, String path) {
    if (base.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return base;
    }
    return path.startsWith("[") ? base + path : base + "." + path;
  }
}
