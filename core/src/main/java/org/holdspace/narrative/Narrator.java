package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.sensory.SupportCodes;

/**
 * Turns assessments into text for people, in one language: the clinician's reflection prompts,
 * the rationale of each finding, and the parent summary. Text comes from message bundles keyed by
 * the stable keys in findings; English and Spanish ship with the library, and a vendor adds
 * bundles for its own rules' keys with {@link #withMessages}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Narrator narrator = Narrator.of(Locale.forLanguageTag("es"));
 * List<String> prompts = narrator.reflections(assessment);
 * ParentSummary summary = narrator.parentSummary(assessment);
 * }</pre>
 *
 * <p>The wording never assigns fault: not to the child, the parent or the clinician.
 */
public final class Narrator {
  private final Locale locale;
  private final List<ResourceBundle> bundles;

  private Narrator(Locale locale, List<ResourceBundle> bundles) {
    this.locale = locale;
    this.bundles = List.copyOf(bundles);
  }

  /** A narrator for {@code locale}; languages without a bundle get English. */
  public static Narrator of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Narrator(locale, List.of(Messages.forLocale(locale)));
  }

  /** This narrator, consulting {@code messages} before the library's own (for a vendor's rule keys). */
  public Narrator withMessages(ResourceBundle messages) {
    List<ResourceBundle> all = new ArrayList<>();
    all.add(Objects.requireNonNull(messages, "messages"));
    all.addAll(bundles);
    return new Narrator(locale, all);
  }

  /** The language it writes in. */
  public Locale locale() {
    return locale;
  }

  /** Whether a text exists for {@code key}. */
  public boolean hasText(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text for {@code key}.
   *
   * @throws MissingResourceException if no bundle has it
   */
  public String text(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    throw new MissingResourceException("No text for key " + key, Narrator.class.getName(), key);
  }

  /** The rationale of {@code finding}, or its prompt for a reflection. */
  public String text(Finding finding) {
    return text(finding.key());
  }

  /** The headline of {@code assessment} in one line. */
  public String headline(Assessment assessment) {
    return text("headline." + assessment.headline().name());
  }

  /** The name of a rung of the value ladder. */
  public String rung(Rung rung) {
    return text("rung." + rung.name());
  }

  /** The reflection prompts of {@code assessment}, one text each, in order. */
  public List<String> reflections(Assessment assessment) {
    List<String> texts = new ArrayList<>();
    for (Finding f : assessment.reflections()) {
      texts.add(text(f));
    }
    return texts;
  }

  /** The name of a support for parents: the library's own in this language, a vendor's by its display text. */
  public String support(Code support) {
    if (support.system().equals(SupportCodes.SYSTEM) && hasText("support." + support.code())) {
      return text("support." + support.code());
    }
    return support.display().orElse(support.code());
  }

  /** A parent summary that calls the child "your child" (in this language). */
  public ParentSummary parentSummary(Assessment assessment) {
    return parentSummary(assessment, text("summary.your-child"));
  }

  /**
   * A parent summary that calls the child {@code childName}. The name is display text the caller
   * chooses; it appears in the summary's text only, never in logs or {@code toString()}.
   */
  public ParentSummary parentSummary(Assessment assessment, String childName) {
    Objects.requireNonNull(childName, "childName");
    Headline h = assessment.headline();
    String why = h == Headline.NOT_HELD || h == Headline.NOT_DOCUMENTED_ENOUGH ? "summary.why.none"
        : h == Headline.SKILL_PRACTICE || h == Headline.GOAL_PROGRESS ? "summary.why.goals"
        : "summary.why.foundations";
    return ImmutableParentSummary.builder()
        .locale(locale)
        .whatHappened(fill(text("summary.happened." + h.name()), childName, ""))
        .whyItMattered(fill(text(why), childName, ""))
        .whatHelped(whatHelped(assessment, childName))
        .whatNext(fill(text("summary.next." + h.name()), childName, ""))
        .build();
  }

  private String whatHelped(Assessment assessment, String childName) {
    if (assessment.headline() == Headline.NOT_HELD) {
      return text("summary.helped.not-held");
    }
    if (!assessment.supportsThatHelped().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Code c : assessment.supportsThatHelped()) {
        names.add(support(c));
      }
      return fill(text("summary.helped.supports"), childName, list(names));
    }
    if (assessment.reached(Rung.CONNECTION)) {
      return fill(text("summary.helped.connection"), childName, "");
    }
    return fill(text("summary.helped.still-learning"), childName, "");
  }

  private String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = text("summary.list.and");
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
  }

  /** The template with {child} and {supports} filled in one pass, so that a name is never read as a placeholder. */
  private static String fill(String template, String childName, String supports) {
    StringBuilder out = new StringBuilder(template.length() + childName.length() + supports.length());
    int i = 0;
    while (i < template.length()) {
      if (template.startsWith("{child}", i)) {
        out.append(childName);
        i += "{child}".length();
      } else if (template.startsWith("{supports}", i)) {
        out.append(supports);
        i += "{supports}".length();
      } else {
        out.append(template.charAt(i++));
      }
    }
    return out.toString();
  }
}
