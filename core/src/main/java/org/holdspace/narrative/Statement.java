package org.holdspace.narrative;

import java.util.List;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * One sentence of a text for people, with what backs it: the stable message key it was rendered
 * from and the ids of the session's events that are its evidence. Every sentence Holdspace renders
 * is chosen by a finding or a named fact of the assessment (DOMAIN.md, invariant 8), so an EHR can
 * link each sentence to the timeline, and a test can check that each one is backed.
 *
 * <pre>{@code
 * for (Statement s : narrator.parentSummary(session, assessment).statements()) {
 *   s.key();      // "summary.regulation.calmer"
 *   s.evidence(); // ["a09", "a13"]
 *   s.text();     // "Over the session, your child became calmer."
 * }
 * }</pre>
 *
 * <p>The text may hold the child's name if the caller passed one, so {@code toString()} shows
 * only the key and the evidence.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class Statement {

  Statement() {}

  /**
   * A statement.
   *
   * @param key the message key it was rendered from
   * @param evidence the ids of the events that back it; empty for a statement backed by a named fact
   * @param text the rendered sentence
   * @return the statement
   * @throws org.holdspace.validation.ValidationException if a part is missing or invalid
   */
  public static Statement of(String key, List<String> evidence, String text) {
    return ImmutableStatement.builder().key(key).evidence(evidence).text(text).build();
  }

  /** @return the message key it was rendered from, for example {@code summary.incident} */
  public abstract String key();

  /** @return the ids of the session's events that back it; empty when a named fact backs it */
  public abstract List<String> evidence();

  /** @return the sentence, in the narrator's language; redacted in {@code toString()} */
  @Value.Redacted
  public abstract String text();

  @Value.Check
  void check() {
    Violations v = Violations.of("Statement");
    v.requireId(key(), "key");
    v.requireElements(evidence(), "evidence");
    v.require(text(), "text");
    v.throwIfAny();
  }
}
