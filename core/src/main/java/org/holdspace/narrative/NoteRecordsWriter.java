package org.holdspace.narrative;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.holdspace.caregiver.Handover;
import org.holdspace.code.Code;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Notification;
import org.holdspace.regulation.RegulationObservation;

/**
 * The session note's lines for the clinician's records: each incident record as the record holds
 * it (the harm sign, what came just before, injury, physical intervention, who was told and when;
 * never the clinician's own account, and never more than the record holds), a plan line for each
 * harm sign that no record documents yet, and the handover.
 *
 * <p>A record documents a harm observation when it names one of the observation's harm signs and
 * its time lies within the observation, or within {@link #NEAR} of it: a clinician writes the time
 * of an incident from memory afterwards.
 */
final class NoteRecordsWriter {
  /** How far from a harm observation a record's time may lie and still document it. */
  static final Duration NEAR = Duration.ofMinutes(5);

  private final Narrator narrator;
  private final SessionFacts facts;
  private final Clock clock;
  private final NoteCodes codes;

  NoteRecordsWriter(Narrator narrator, SessionFacts facts, Clock clock, NoteCodes codes) {
    this.narrator = narrator;
    this.facts = facts;
    this.clock = clock;
    this.codes = codes;
  }

  /** One line per incident record, in time order, each backed by its record. */
  void incidents(List<Statement> out) {
    for (IncidentRecord r : facts.incidentRecords()) {
      List<String> told = new ArrayList<>();
      for (Notification n : r.told()) {
        told.add(Templates.part(t("note.a.incident-record.told-one"), Map.of("role", codes.name(n.role()),
            "time", clock.time(n.at(), r.at()))));
      }
      out.add(Statement.of("note.a.incident-record", List.of(r.id()), Templates.fill(t("note.a.incident-record"), Map.of(
          "time", clock.time(r.at()),
          "sign", codes.name(r.harmSign()),
          "antecedent", r.antecedent().map(codes::name).orElse(t("note.not-recorded")),
          "injury", t("injury." + r.injury().name()),
          "intervention", codes.name(r.physicalIntervention()),
          "told", told.isEmpty() ? t("note.a.incident-record.told-none") : String.join(", ", told),
          "account", r.account().isPresent() ? t("note.a.incident-record.account") : ""))));
    }
  }

  /** A plan line for each harm observation that no incident record documents, backed by it. */
  void missingRecords(List<Statement> out) {
    List<Code> harmSigns = List.copyOf(facts.config().harmSigns());
    for (RegulationObservation o : facts.harmObservations()) {
      for (Code sign : o.signs()) {
        if (isHarmSign(sign, harmSigns) && !documented(o, sign)) {
          out.add(Statement.of("note.p.record-incident", List.of(o.id()), Templates.fill(t("note.p.record-incident"),
              Map.of("sign", codes.name(sign), "time", clock.time(o.at())))));
        }
      }
    }
  }

  /** One line per handover, backed by it. */
  void handovers(List<Statement> out) {
    for (Handover h : facts.handovers()) {
      out.add(Statement.of("note.a.handover", List.of(h.id()), Templates.fill(t("note.a.handover"),
          Map.of("time", clock.time(h.at()), "role", codes.name(h.to())))));
    }
  }

  private boolean documented(RegulationObservation o, Code sign) {
    Instant from = o.at().minus(NEAR);
    Instant to = o.end().plus(NEAR);
    for (IncidentRecord r : facts.incidentRecords()) {
      if (r.harmSign().isSameConcept(sign) && !r.at().isBefore(from) && !r.at().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHarmSign(Code sign, List<Code> harmSigns) {
    for (Code h : harmSigns) {
      if (h.isSameConcept(sign)) {
        return true;
      }
    }
    return false;
  }

  private String t(String key) {
    return narrator.text(key);
  }
}
