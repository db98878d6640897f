package org.holdspace.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and phrases that say or imply fault, in English and Spanish. No text Holdspace renders
 * may contain any of them (DOMAIN.md, invariant 7).
 */
public final class BlameWords {
  /** Matched case-insensitively, without accents, as whole words or phrases. */
  public static final List<String> WORDS = List.of(
      "fault", "faulty", "blame", "blamed", "failed", "failure", "fail", "fails", "wrong", "bad", "naughty",
      "noncompliant", "non-compliant", "defiant", "refused to", "refuses to", "won't", "lazy", "poor",
      "should have", "shouldn't have", "must try harder", "manipulative", "attention-seeking", "misbehaved",
      "misbehaviour", "tantrum", "negligent", "careless", "unsuccessful",
      "culpa", "culpable", "fallo", "fallido", "fallida", "fracaso", "fracaso", "malo", "mala", "mal",
      "se nego", "desobediente", "berrinche", "rabieta", "perezoso", "perezosa", "manipulador",
      "deberia haber", "error", "equivocado", "equivocada", "incumplimiento");

  /**
   * Reassurance that names fault or failure only to deny it ("hard days are nobody's fault"): a
   * hard day's summary must say so (DOMAIN.md), so these phrases are allowed, and removed before
   * the check; any other use of a blame word is still refused.
   */
  public static final List<String> REASSURANCE = List.of(
      "nobody's fault", "no one's fault", "not your fault", "not anyone's fault", "not their fault",
      "not a failure", "no son culpa de nadie", "no es culpa de nadie", "no es culpa suya", "no es un fracaso");

  private BlameWords() {}

  /**
   * The blame words found in {@code text}.
   *
   * @param text a text for people
   * @return the blame words it holds; empty if none
   */
  public static List<String> in(String text) {
    String plain = " " + Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}'-]+", " ") + " ";
    for (String allowed : REASSURANCE) {
      plain = plain.replace(" " + allowed + " ", " ");
    }
    List<String> found = new ArrayList<>();
    for (String w : WORDS) {
      if (plain.contains(" " + w + " ")) {
        found.add(w);
      }
    }
    return found;
  }
}
