package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * The session note for the clinician's record and the payer, in the four parts clinicians write
 * (SOAP): what the caregiver reported; what was observed, with times; the assessment (the rungs
 * with their evidence, the incident if any, the goal outcome beside them, readiness, and, for a
 * session whose value was not goal progress, the skilled care it needed); and the plan. Every
 * sentence is a {@link Statement} with the key and the evidence ids that back it, so an EHR can
 * link it to the timeline and lay the parts out in its own way. Made by {@link
 * Narrator#sessionNote}.
 *
 * <pre>{@code
 * SessionNote note = Narrator.of(Locale.ENGLISH).sessionNote(session, assessment);
 * String forTheRecord = note.text();
 * for (Statement s : note.objective()) {
 *   s.evidence(); // the ids of the events the sentence describes
 * }
 * }</pre>
 *
 * <p>The note names times and codes, never the child's name, never a caregiver's or clinician's
 * free text; {@code toString()} shows none of its text.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class SessionNote {

  SessionNote() {}

  static ImmutableSessionNote.Builder builder() {
    return ImmutableSessionNote.builder();
  }

  /** @return the language it is written in */
  public abstract Locale locale();

  /** @return the headings of the four parts, in this language, in order */
  public abstract List<String> headings();

  /** @return S: what the caregiver reported */
  public abstract List<Statement> subjective();

  /** @return O: what was observed and done, with times */
  public abstract List<Statement> objective();

  /** @return A: the assessment */
  public abstract List<Statement> assessment();

  /** @return P: the plan */
  public abstract List<Statement> plan();

  /** @return every statement, part by part, in order */
  public final List<Statement> statements() {
    List<Statement> all = new ArrayList<>();
    all.addAll(subjective());
    all.addAll(objective());
    all.addAll(assessment());
    all.addAll(plan());
    return all;
  }

  /**
   * The note as plain text: each part under its heading, one statement a line. Escape it before
   * putting it in HTML.
   *
   * @return the text
   */
  public final String text() {
    StringBuilder out = new StringBuilder();
    List<List<Statement>> parts = List.of(subjective(), objective(), assessment(), plan());
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : "\n").append(headings().get(i)).append('\n');
      for (Statement s : parts.get(i)) {
        out.append("- ").append(s.text()).append('\n');
      }
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SessionNote");
    v.require(locale(), "locale");
    v.requireElements(headings(), "headings");
    v.requireElements(subjective(), "subjective");
    v.requireElements(objective(), "objective");
    v.requireElements(assessment(), "assessment");
    v.requireElements(plan(), "plan");
    v.throwIfAny();
  }
}
