package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.holdspace.code.Code;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;

/**
 * A sensory support: the support as the code; accepted is {@code completed}, declined is {@code
 * not-done} with the response as the status reason; the effect as the outcome; systems and quality
 * as extensions; {@code reasonReference} to the latest regulation observation at or before the
 * offer (the state it answered; derived, so not read back).
 */
final class SensorySupportMapping extends ProcedureMapping<SensorySupport> {
  SensorySupportMapping() {
    super(SensorySupport.class, "sensory-support");
  }

  @Override
  boolean usesObject() {
    return true;
  }

  @Override
  Code code(SensorySupport e) {
    return e.support();
  }

  @Override
  void fill(SensorySupport e, Procedure p, Writing out) {
    if (e.response() == SupportResponse.DECLINED) {
      p.setStatus(Procedure.ProcedureStatus.NOTDONE);
      p.setStatusReason(Writing.concept(SupportResponse.DECLINED));
    }
    e.effect().ifPresent(x -> p.setOutcome(Writing.concept(x)));
    e.systems().forEach(s -> p.addExtension(Writing.extension(Urls.SENSORY_SYSTEM, s)));
    e.quality().ifPresent(q -> p.addExtension(Writing.extension(Urls.SUPPORT_QUALITY, q)));
    out.latestRegulationAtOrBefore(e.at()).ifPresent(id -> p.addReasonReference(new Reference(out.eventUrl(id))));
  }

  @Override
  SensorySupport read(FhirEventHeader h, Code code, Procedure p, Reading in) {
    String at = h.location();
    SensorySupport.Builder b = SensorySupport.builder().id(h.id()).at(h.at()).until(h.until()).support(code);
    if (p.getStatus() == Procedure.ProcedureStatus.COMPLETED) {
      b.response(SupportResponse.ACCEPTED);
    } else if (p.getStatus() == Procedure.ProcedureStatus.NOTDONE) {
      b.response(SupportResponse.DECLINED);
    } else {
      throw p.hasStatus() ? Reading.invalid(at + ".status") : Reading.missing(at + ".status");
    }
    if (p.hasOutcome()) {
      b.effect(Reading.constant(SupportEffect.class, p.getOutcome(), at + ".outcome"));
    }
    for (Extension x : p.getExtensionsByUrl(Urls.SENSORY_SYSTEM)) {
      b.addSystem(Reading.constant(SensorySystem.class, Reading.value(x, Coding.class, at), Reading.extensionLocation(at,
          Urls.SENSORY_SYSTEM) + ".value"));
    }
    Reading.extension(p, Urls.SUPPORT_QUALITY, at).ifPresent(x -> b.quality(Reading.constant(SupportQuality.class,
        Reading.value(x, Coding.class, at), Reading.extensionLocation(at, Urls.SUPPORT_QUALITY) + ".value")));
    return b.build();
  }
}
