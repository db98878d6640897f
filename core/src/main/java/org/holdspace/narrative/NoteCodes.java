package org.holdspace.narrative;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.rules.FindingKeys;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;

/**
 * Names of codes and responses for one session note, in the narrator's language: the library's
 * own codes by their text, a vendor's by its display text (cleaned), else its code; a support's
 * response, "helped" said to be borne out only when the assessment's support-helped finding cites
 * it.
 */
final class NoteCodes {
  private static final String LIBRARY_CODES = "https://holdspace.org/codes/";

  private final Narrator narrator;
  private final Set<String> corroborated = new HashSet<>();

  NoteCodes(Narrator narrator, Assessment assessment) {
    this.narrator = narrator;
    for (Finding f : assessment.findings()) {
      if (f.key().equals(FindingKeys.SUPPORT_HELPED)) {
        corroborated.addAll(f.evidence());
      }
    }
  }

  /** A code's name in this language when the library has one, else its display text, else its code. */
  String name(Code code) {
    String key = "code." + code.system().substring(code.system().lastIndexOf('/') + 1) + "." + code.code();
    if (code.system().startsWith(LIBRARY_CODES) && narrator.hasText(key)) {
      return narrator.text(key);
    }
    return Narrator.clean(code.display().orElse(code.code()));
  }

  /** The codes' names, sorted, joined by commas. */
  String codes(Iterable<Code> codes) {
    List<String> names = new ArrayList<>();
    for (Code c : codes) {
      names.add(name(c));
    }
    names.sort(null);
    return String.join(", ", names);
  }

  /** What caregivers reported, said about the child, as a list. */
  String concerns(Set<Code> concerns) {
    List<String> names = new ArrayList<>();
    for (Code c : concerns) {
      names.add(narrator.concern(c));
    }
    names.sort(null);
    return narrator.list(names);
  }

  /** The supports' names as a list, or "-" for none. */
  String supports(List<Code> supports) {
    List<String> names = new ArrayList<>();
    for (Code c : supports) {
      names.add(narrator.support(c));
    }
    return names.isEmpty() ? "-" : narrator.list(names);
  }

  /** The child's response to a support, with its effect as recorded and whether a later observation bore it out. */
  String response(SensorySupport s) {
    if (s.response() == SupportResponse.DECLINED) {
      return narrator.text("response.declined");
    }
    SupportEffect effect = s.effect().orElse(null);
    if (effect == SupportEffect.HELPED) {
      return narrator.text(corroborated.contains(s.id()) ? "response.helped-corroborated" : "response.helped-reported");
    }
    return narrator.text("response.accepted") + (effect == null ? "" : ", " + narrator.text("effect." + effect.name()));
  }
}
