package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.goal.Goal;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.SessionNote;
import org.holdspace.narrative.Statement;

/**
 * The readable output of {@link SessionExport#narratedBy}: the assessment's headline and finding
 * sentences in the ClinicalImpression, its evidence as references, and generated narratives from
 * the narrator's and the session note's sentences. Applied to the finished Bundle; nothing of it
 * is read back.
 */
final class Readable {
  private Readable() {}

  static void apply(SessionExport export, Writing out, Narrator narrator) {
    Map<String, Resource> byUrl = new HashMap<>();
    for (Bundle.BundleEntryComponent e : out.bundle.getEntry()) {
      byUrl.put(e.getFullUrl(), e.getResource());
    }
    export.assessment.ifPresent(a -> assessment(a, (ClinicalImpression) byUrl.get(out.url("assessment", "")), narrator,
        byUrl, out));
    for (Goal g : export.session.goals()) {
      List<String> lines = new ArrayList<>(List.of(g.description()));
      g.target().ifPresent(lines::add);
      narrate((DomainResource) byUrl.get(out.goalUrl(g.id())), lines);
    }
    export.sessionNote.ifPresent(note -> fromNote(note, byUrl, out));
  }

  private static void assessment(Assessment a, ClinicalImpression ci, Narrator narrator, Map<String, Resource> byUrl,
      Writing out) {
    String headline = narrator.headline(a);
    ci.setSummary(headline);
    List<String> lines = new ArrayList<>(List.of(headline));
    Set<String> evidence = new LinkedHashSet<>();
    List<Finding> findings = a.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      ClinicalImpression.ClinicalImpressionFindingComponent c = ci.getFinding().get(i);
      String sentence = narrator.text(f);
      c.getItemCodeableConcept().setText(sentence);
      c.addExtension(Urls.FINDING_KEY, new StringType(f.key()));
      lines.add(f.rung().map(r -> narrator.rung(r) + ": ").orElse("") + sentence);
      for (String id : f.evidence()) {
        String url = out.eventUrl(id);
        if (url != null) {
          evidence.add(url);
          if (!c.hasItemReference() && byUrl.get(url) instanceof Observation) {
            c.setItemReference(new Reference(url));
          }
        }
      }
    }
    evidence.forEach(url -> ci.addSupportingInfo(new Reference(url)));
    narrate(ci, lines);
  }

  /** The Encounter takes the note's header; each event the note's sentences backed by it alone. */
  private static void fromNote(SessionNote note, Map<String, Resource> byUrl, Writing out) {
    List<String> header = new ArrayList<>();
    note.header().forEach(s -> header.add(s.text()));
    narrate((DomainResource) byUrl.get(out.encounterUrl()), header);
    Map<String, List<String>> byEvent = new HashMap<>();
    for (Statement s : note.statements()) {
      if (s.evidence().size() == 1 && out.eventUrl(s.evidence().get(0)) != null) {
        byEvent.computeIfAbsent(s.evidence().get(0), k -> new ArrayList<>()).add(s.text());
      }
    }
    byEvent.forEach((id, lines) -> {
      Resource r = byUrl.get(out.eventUrl(id));
      if (r instanceof DomainResource) {
        narrate((DomainResource) r, lines);
      }
    });
  }

  /** A generated narrative of {@code lines}, one paragraph each, escaped; none when every line is blank. */
  static void narrate(DomainResource r, List<String> lines) {
    if (r == null || lines.stream().allMatch(String::isBlank)) {
      return; // a narrative must have content (txt-2)
    }
    StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    for (String line : lines) {
      if (!line.isBlank()) {
        div.append("<p>").append(escape(line)).append("</p>");
      }
    }
    Narrative text = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
    text.setDivAsString(div.append("</div>").toString());
    r.setText(text);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' '); // XML 1.0 has no other control characters
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
