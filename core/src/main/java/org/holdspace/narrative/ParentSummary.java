package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A plain-language summary of a session for the child's parent or carer: what happened, why it
 * mattered, what helped, what comes next; each part a list of {@link Statement}s, each sentence
 * backed by a finding or a named fact of the assessment. Made by {@link Narrator#parentSummary}.
 *
 * <pre>{@code
 * ParentSummary summary = Narrator.of(Locale.ENGLISH).parentSummary(session, assessment);
 * if (summary.status() == SummaryStatus.READY) {
 *   portal.send(summary.text()); // plain text: escape it for HTML
 * } else {
 *   // an incident, or too little documented: ask the clinician for their own words first
 *   summary = summary.withClinicianWords(wordsFromTheClinician);
 * }
 * }</pre>
 *
 * <p>Its text may hold the child's name if the caller passed one, so {@code toString()} shows
 * none of it.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ParentSummary {

  ParentSummary() {}

  /** @return the language it is written in */
  public abstract Locale locale();

  /**
   * @return the version of the wording rules it was written by ({@value Narrator#WORDING_VERSION}
   *     for the library's narrator), so that a stored summary says which rules chose its sentences
   */
  public abstract String wordingVersion();

  /** @return whether it may be shared as it is */
  public abstract SummaryStatus status();

  /** @return what happened in the session */
  public abstract List<Statement> whatHappened();

  /** @return why it mattered */
  public abstract List<Statement> whyItMattered();

  /** @return what helped */
  public abstract List<Statement> whatHelped();

  /** @return what comes next */
  public abstract List<Statement> whatNext();

  /** @return the clinician's own words, added with {@link #withClinicianWords}; redacted in {@code toString()} */
  @Value.Redacted
  public abstract Optional<String> clinicianText();

  /** @return whether it may be shared as it is: {@link #status()} is {@link SummaryStatus#READY} */
  public final boolean isReady() {
    return status() == SummaryStatus.READY;
  }

  /** @return every statement, part by part, in order */
  public final List<Statement> statements() {
    List<Statement> all = new ArrayList<>();
    all.addAll(whatHappened());
    all.addAll(whyItMattered());
    all.addAll(whatHelped());
    all.addAll(whatNext());
    return all;
  }

  /**
   * This summary with the clinician's own words added as a last paragraph, and so ready to share.
   * The words are the clinician's: the library does not check them.
   *
   * @param words the clinician's words to the family; not blank
   * @return the summary, ready
   * @throws org.holdspace.validation.ValidationException if the words are blank
   */
  public final ParentSummary withClinicianWords(String words) {
    return ImmutableParentSummary.builder().from(this).clinicianText(words).status(SummaryStatus.READY).build();
  }

  /**
   * The text to send to the family: each part a paragraph of its sentences, parts separated by
   * blank lines, the clinician's words last; a part with nothing to say is left out. Only a summary
   * that {@link #isReady() is ready} has one: a summary on hold (an incident, an end in crisis, too
   * little documented) has no sendable text, so that an integrator who sends {@code text()}
   * without reading the status sends nothing. Plain text: escape it before putting it in HTML.
   *
   * @return the text; empty unless the summary is ready
   */
  public final String text() {
    return isReady() ? compose() : "";
  }

  /**
   * The draft, for the clinician only, whatever the status: the text the summary would have, for a
   * clinician to read before adding their own words ({@link #withClinicianWords}). Never for the
   * family while the summary is on hold.
   *
   * @return the draft; empty for a summary withheld for too little documentation
   */
  public final String draftForClinician() {
    return compose();
  }

  private String compose() {
    StringBuilder out = new StringBuilder();
    for (List<Statement> part : List.of(whatHappened(), whyItMattered(), whatHelped(), whatNext())) {
      if (part.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "\n\n");
      for (int i = 0; i < part.size(); i++) {
        out.append(i == 0 ? "" : " ").append(part.get(i).text());
      }
    }
    if (clinicianText().isPresent()) {
      out.append(out.length() == 0 ? "" : "\n\n").append(clinicianText().get());
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("ParentSummary");
    v.require(locale(), "locale");
    v.require(status(), "status");
    v.requireElements(whatHappened(), "whatHappened");
    v.requireElements(whyItMattered(), "whyItMattered");
    v.requireElements(whatHelped(), "whatHelped");
    v.requireElements(whatNext(), "whatNext");
    if (v.require(clinicianText(), "clinicianText") && clinicianText().isPresent()
        && clinicianText().get().isBlank()) {
      v.add(CoreViolation.BLANK, "clinicianText");
    }
    v.throwIfAny();
  }
}
