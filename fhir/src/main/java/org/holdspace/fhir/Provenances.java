package org.holdspace.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Assessment;

/**
 * The Provenance of {@link SessionExport#withProvenance()}: the clinician as author of what was
 * recorded (the Encounter, goals, events and GAS ratings), and the rule set, a {@code Device}, as
 * author of what Holdspace derived (the assessment, parent summary and session note).
 */
final class Provenances {
  static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

  private Provenances() {}

  /** Whether {@code r} is one this class writes (and reading skips): a Provenance, or the rule set's Device. */
  static boolean isProvenance(Resource r, FhirIdentity identity) {
    if (r instanceof Provenance) {
      return true;
    }
    if (!(r instanceof Device)) {
      return false;
    }
    for (org.hl7.fhir.r4.model.Identifier id : ((Device) r).getIdentifier()) {
      if (identity.derivedSystem().equals(id.getSystem()) && id.hasValue() && id.getValue().startsWith("rules/")) {
        return true;
      }
    }
    return false;
  }

  static void write(SessionExport export, Writing out) {
    Date recorded = Date.from(export.session.actual().orElse(export.session.planned()).end());
    Provenance clinician = provenance(recorded, out.clinician(export.session.clinicianId()));
    Provenance rules = provenance(recorded, null);
    for (Bundle.BundleEntryComponent e : out.bundle.getEntry()) {
      (AssessmentMapping.isDerived(e.getResource()) ? rules : clinician).addTarget(new Reference(e.getFullUrl()));
    }
    out.identity.organizationReference().ifPresent(org -> {
      String checked = out.checked("Organization", org);
      clinician.getAgentFirstRep().setOnBehalfOf(new Reference(checked));
      rules.getAgentFirstRep().setOnBehalfOf(new Reference(checked));
    });
    out.add(out.url("provenance", "recorded"), clinician);
    if (rules.hasTarget()) {
      rules.getAgentFirstRep().setWho(new Reference(device(export, out)));
      out.add(out.url("provenance", "derived"), rules);
    }
  }

  private static Provenance provenance(Date recorded, Reference author) {
    Provenance p = new Provenance();
    p.setRecorded(recorded);
    Provenance.ProvenanceAgentComponent agent = p.addAgent()
        .setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "author", "Author")));
    if (author != null) {
      agent.setWho(author);
    }
    return p;
  }

  /** The rule set as a Device, the same in every session's Bundle: its URL and identifier name the rule set alone. */
  private static String device(SessionExport export, Writing out) {
    Assessment a = export.assessment.orElse(null);
    String ruleSet = a == null ? "unknown" : a.ruleSetId();
    String version = a == null ? "unknown" : a.ruleSetVersion();
    String url = out.sharedUrl("device", ruleSet + "/" + version);
    Device d = new Device();
    d.addIdentifier(Writing.identifier(out.identity.derivedSystem(), "rules/" + ruleSet + "/" + version));
    d.addDeviceName().setName("Holdspace rule set " + ruleSet).setType(Device.DeviceNameType.USERFRIENDLYNAME);
    d.addVersion().setValue(version);
    out.add(url, d);
    return url;
  }
}
