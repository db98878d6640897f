package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.FindingKeys;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.session.Session;

/**
 * Turns assessments into text for people, in one language: the clinician's reflection prompts,
 * the rationale of each finding, the headline and the parent summary. Text comes from message
 * bundles keyed by stable keys; English and Spanish ship with the library, and a vendor adds
 * bundles for its own rules' keys with {@link #withMessages}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Narrator narrator = Narrator.of(Locale.forLanguageTag("es"));
 * List<Statement> prompts = narrator.reflections(session, assessment);
 * ParentSummary summary = narrator.parentSummary(session, assessment);
 * }</pre>
 *
 * <p>Claims are findings: every sentence is chosen by a finding or a named fact of the assessment
 * (its status, its end reason, its headline), never by the headline alone, and carries the key
 * and evidence that back it. "Calmer", "helped", "progress" and the like appear only when a
 * finding holds them. The wording never assigns fault: not to the child, the parent or the
 * clinician. Rendered text is plain text: escape it before putting it in HTML.
 */
public final class Narrator {
  /**
   * The version of the wording rules (DOMAIN.md, "Wording rules") the library's texts follow; a
   * {@link ParentSummary} carries the version it was written by.
   */
  public static final String WORDING_VERSION = "3";

  /** The key of the plain line that closes a hard day's reflection prompts. */
  static final String HARD_DAY_CLOSING = "prompt.hard-day-closing";

  private final Locale locale;
  private final List<ResourceBundle> bundles;

  private Narrator(Locale locale, List<ResourceBundle> bundles) {
    this.locale = locale;
    this.bundles = List.copyOf(bundles);
  }

  /**
   * A narrator for {@code locale}; languages without a bundle get English.
   *
   * @param locale the language to write in
   * @return the narrator
   */
  public static Narrator of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Narrator(locale, List.of(Messages.forLocale(locale)));
  }

  /**
   * This narrator, consulting {@code messages} before the library's own (for a vendor's rule keys).
   *
   * @param messages the vendor's bundle
   * @return the narrator
   */
  public Narrator withMessages(ResourceBundle messages) {
    List<ResourceBundle> all = new ArrayList<>();
    all.add(Objects.requireNonNull(messages, "messages"));
    all.addAll(bundles);
    return new Narrator(locale, all);
  }

  /** @return the language it writes in */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether a text exists for {@code key}.
   *
   * @param key a message key
   * @return whether a bundle has it
   */
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
   * @param key a message key
   * @return the text
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

  /**
   * The rationale of {@code finding} for the clinician, or its prompt for a reflection.
   *
   * @param finding a finding
   * @return its text
   */
  public String text(Finding finding) {
    return text(finding.key());
  }

  /**
   * The headline of {@code assessment} in one line; it names only the rungs the assessment holds.
   *
   * @param assessment an assessment
   * @return the headline
   */
  public String headline(Assessment assessment) {
    Headline h = assessment.headline();
    if (h.isHardDay()) {
      return assessment.rungs().isEmpty() ? text("headline.hard-day")
          : Templates.fill(text("headline.hard-day.reached"), Map.of("rungs", rungList(assessment)));
    }
    if (h == Headline.FOUNDATIONS) {
      return Templates.fill(text("headline.FOUNDATIONS"), Map.of("rungs", rungList(assessment)));
    }
    return text("headline." + h.name());
  }

  /**
   * The name of a rung of the value ladder.
   *
   * @param rung a rung
   * @return its name, capitalised
   */
  public String rung(Rung rung) {
    return text("rung." + rung.name());
  }

  /**
   * The reflection prompts of {@code assessment}, in order: one for each reflection finding, and
   * a prompt to document when too little was recorded to say what the session was. A prompt about
   * a stretch of time names it from the events its finding cites, in the session's zone ("stayed
   * dysregulated 09:20-09:45, 25 minutes, ..."): a prompt's text may hold {@code {stretch}} (from
   * the first cited event's start to the last one's end), {@code {stretches}} (each cited event on
   * its own) and {@code {reports}} (what caregivers reported). On a hard day the prompts close with
   * one plain line for the clinician, not a question ({@code prompt.hard-day-closing}): hard days
   * happen and are nobody's fault, the clinician's included.
   *
   * <pre>{@code
   * List<String> forTheClinician = new ArrayList<>();
   * for (Statement prompt : Narrator.of(Locale.ENGLISH).reflections(session, assessment)) {
   *   forTheClinician.add(prompt.text()); // and prompt.evidence(): the events it is about
   * }
   * }</pre>
   *
   * @param session the session assessed
   * @param assessment its assessment
   * @return the prompts, each with its key and evidence
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public List<Statement> reflections(Session session, Assessment assessment) {
    checkSameSession(session, assessment);
    Clock clock = new Clock(this, session);
    List<Statement> prompts = new ArrayList<>();
    for (Finding f : assessment.reflections()) {
      String text = text(f);
      if (text.indexOf('{') >= 0) {
        text = Templates.fill(text, Map.of("reports", list(names(assessment.caregiverReported())),
            "stretch", clock.stretch(f), "stretches", clock.stretches(f)));
      }
      prompts.add(Statement.of(f.key(), f.evidence(), text));
    }
    if (assessment.headline() == Headline.NOT_DOCUMENTED_ENOUGH) {
      prompts.add(Statement.of(FindingKeys.PROMPT_DOCUMENT_SESSION, List.of(), text(FindingKeys.PROMPT_DOCUMENT_SESSION)));
    }
    if (assessment.headline().isHardDay()) {
      prompts.add(Statement.of(HARD_DAY_CLOSING, List.of(), text(HARD_DAY_CLOSING)));
    }
    return prompts;
  }

  private static void checkSameSession(Session session, Assessment assessment) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(assessment, "assessment");
    if (!session.id().equals(assessment.sessionId())) {
      throw new IllegalArgumentException("the assessment is of another session");
    }
  }

  /**
   * What a caregiver reported, said about the child (wording rules, version 3): the library's own
   * concerns as what the child did or had, in this language ("slept badly", "durmió poco"), to
   * follow "the child ..."; a vendor's by its display text, else its code.
   *
   * @param concern a concern code, for example {@code CaregiverReportCodes.SHORT_NIGHT}
   * @return how to say it about the child
   */
  public String concern(Code concern) {
    if (concern.system().equals(CaregiverReportCodes.SYSTEM) && hasText("report." + concern.code())) {
      return text("report." + concern.code());
    }
    return clean(concern.display().orElse(concern.code()));
  }

  private List<String> names(List<Code> concerns) {
    Set<String> names = new LinkedHashSet<>();
    for (Code c : concerns) {
      names.add(concern(c));
    }
    return new ArrayList<>(names);
  }

  /**
   * The name of a support for parents: the library's own in this language, a vendor's by its
   * display text, else its code.
   *
   * @param support a support code
   * @return its name
   */
  public String support(Code support) {
    if (support.system().equals(SensorySupportCodes.SYSTEM) && hasText("support." + support.code())) {
      return text("support." + support.code());
    }
    return clean(support.display().orElse(support.code()));
  }

  /**
   * The session note for the clinician's record and the payer: what the caregiver reported, what
   * was observed (with times in the session's zone, UTC when it has none), the assessment and the
   * plan, each sentence with the evidence ids behind it. For a session whose value was not goal
   * progress it names the skilled care the session needed, and it plans the return to goal work by
   * readiness, never by a date.
   *
   * <pre>{@code
   * Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
   * SessionNote note = Narrator.of(Locale.ENGLISH).sessionNote(session, assessment);
   * String forTheRecord = note.text(); // S, O, A and P under their headings, a sentence a line
   * }</pre>
   *
   * @param session the session
   * @param assessment its assessment
   * @return the note
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public SessionNote sessionNote(Session session, Assessment assessment) {
    return sessionNote(session, assessment, NoteContext.none());
  }

  /**
   * The session note for the clinician's record and the payer, with what the caller knows that the
   * session does not hold: the clinician's name and credential (a note without them is a {@link
   * NoteStatus#DRAFT}), the payer context (which alone decides any payer wording), the plan of
   * care, and billing codes by intervention kind (for units by the context's rule).
   *
   * <pre>{@code
   * NoteContext context = NoteContext.builder().clinician("Ravi Shah", "OTR/L")
   *     .bill(InterventionKind.THERAPEUTIC_ACTIVITY, BillingCode.timed(Code.of("https://ehr.example/cpt", "97530")))
   *     .build();
   * SessionNote note = Narrator.of(Locale.ENGLISH).sessionNote(session, assessment, context);
   * note.status();                                  // READY_TO_SIGN
   * SessionNote signed = note.sign("t-3", "OTR/L", Instant.now());
   * }</pre>
   *
   * @param session the session
   * @param assessment its assessment
   * @param context what the caller knows when the note is made
   * @return the note
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public SessionNote sessionNote(Session session, Assessment assessment, NoteContext context) {
    checkSameSession(session, assessment);
    return new SessionNoteWriter(this, session, assessment, Objects.requireNonNull(context, "context")).write();
  }

  /**
   * A parent summary that calls the child "your child" (in this language).
   *
   * @param session the session assessed, for the times its findings cite
   * @param assessment its assessment
   * @return the summary
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public ParentSummary parentSummary(Session session, Assessment assessment) {
    return parentSummary(session, assessment, text("summary.your-child"));
  }

  /**
   * A parent summary that calls the child {@code childName}, written by the wording rules of
   * version {@value #WORDING_VERSION} (DOMAIN.md). The name is display text the caller chooses;
   * control, format and line-separator characters are removed from it. It appears in the
   * summary's text only, never in logs or {@code toString()}.
   *
   * <pre>{@code
   * ParentSummary summary = Narrator.of(Locale.ENGLISH).parentSummary(session, assessment, "Ada");
   * if (summary.isReady()) {
   *   portal.send(summary.text());
   * }
   * }</pre>
   *
   * <p>A session with an incident (a harm sign, or an end in crisis) gets a summary on hold, with
   * status {@link SummaryStatus#NEEDS_CLINICIAN_REVIEW} and no sendable text until the clinician
   * adds their own words; a session with too little documented gets no sentence at all, with
   * status {@link SummaryStatus#WITHHELD_NOT_DOCUMENTED}.
   *
   * @param session the session assessed, for the times its findings cite
   * @param assessment its assessment
   * @param childName how to call the child
   * @return the summary
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public ParentSummary parentSummary(Session session, Assessment assessment, String childName) {
    checkSameSession(session, assessment);
    String child = clean(Objects.requireNonNull(childName, "childName"));
    if (child.isBlank()) {
      child = text("summary.your-child");
    }
    return new ParentSummaryWriter(this, child, session).write(assessment);
  }

  /**
   * The items as a list in this language: "a, b and c"; with "; " between items when an item holds
   * a comma of its own, so that the list still reads as a list.
   */
  String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    boolean commas = false;
    for (String item : items) {
      commas |= item.indexOf(',') >= 0;
    }
    String separator = commas ? "; " : ", ";
    String and = text("summary.list.and");
    return String.join(separator, items.subList(0, items.size() - 1)) + (commas ? "; " : " ") + and + " "
        + items.get(items.size() - 1);
  }

  private String rungList(Assessment a) {
    List<String> names = new ArrayList<>();
    for (Rung r : a.rungs()) {
      names.add(rung(r).toLowerCase(locale));
    }
    return list(names);
  }

  /**
   * {@code text} without control characters, Unicode format characters (bidi overrides, zero-width
   * characters) and line or paragraph separators, and with runs of white space made one space.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR) {
          space = out.length() > 0;
        }
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

}
