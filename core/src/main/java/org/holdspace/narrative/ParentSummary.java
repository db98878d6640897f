package org.holdspace.narrative;

import java.util.Locale;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A plain-language summary of a session for the child's parent or carer: what happened, why it
 * mattered, what helped, what comes next. Made by {@link Narrator#parentSummary}. Its text may
 * hold the child's name if the caller passed one, so {@code toString()} shows none of it.
 *
 * <pre>{@code
 * ParentSummary summary = Narrator.of(Locale.ENGLISH).parentSummary(assessment);
 * String forTheParentPortal = summary.text();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ParentSummary {

  ParentSummary() {}

  /** The language it is written in. */
  public abstract Locale locale();

  /** What happened in the session. */
  @Value.Redacted
  public abstract String whatHappened();

  /** Why it mattered. */
  @Value.Redacted
  public abstract String whyItMattered();

  /** What helped. */
  @Value.Redacted
  public abstract String whatHelped();

  /** What comes next. */
  @Value.Redacted
  public abstract String whatNext();

  /** The parts as paragraphs, separated by blank lines; a part with nothing to say is left out. */
  public final String text() {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {whatHappened(), whyItMattered(), whatHelped(), whatNext()}) {
      if (!part.isBlank()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(part);
      }
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ParentSummary");
    v.require(locale(), "locale");
    v.require(whatHappened(), "whatHappened");
    v.require(whyItMattered(), "whyItMattered");
    v.require(whatHelped(), "whatHelped");
    v.require(whatNext(), "whatNext");
    v.throwIfAny();
  }
}
