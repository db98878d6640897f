package org.holdspace.fhir;

import java.util.OptionalInt;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;

/**
 * A goal attempt: an Observation with {@code focus} on the Goal, the outcome as the value, and the
 * assistance, the opportunities and the correct responses as components. A GAS level is a second Observation, as the HL7 Person-Centered
 * Outcomes guide records one: LOINC 107333-7 (goal attainment scale score, practitioner
 * follow-up), an integer value, {@code focus} on the Goal, {@code derivedFrom} the attempt.
 */
final class GoalAttemptMapping extends ObservationMapping<GoalAttempt> {
  GoalAttemptMapping() {
    super(GoalAttempt.class, "goal-attempt");
  }

  @Override
  void fill(GoalAttempt e, Observation o, Writing out) {
    o.addFocus(goal(e.goalId(), out));
    e.outcome().ifPresent(x -> o.setValue(Writing.concept(x)));
    e.assistance().ifPresent(a -> component(o, "assistance", Writing.concept(a)));
    e.opportunities().ifPresent(n -> component(o, "opportunities", new IntegerType(n)));
    e.correctResponses().ifPresent(n -> component(o, "correct-responses", new IntegerType(n)));
    if (e.gasLevel().isPresent()) {
      Observation gas = begin(Writing.concept(Urls.LOINC, Urls.LOINC_GAS_FOLLOW_UP), e, out);
      gas.addPerformer(out.clinician(out.session.clinicianId()));
      gas.addIdentifier(out.derivedIdentifier("gas", e.id()));
      gas.addFocus(goal(e.goalId(), out));
      if (out.usCore()) { // the PCO GAS score: a LOINC answer, rated when the attempt ended
        gas.setValue(UsCore.gasAnswer(e.gasLevel().getAsInt()));
        gas.setEffective(Writing.dateTime(e.until().orElse(e.at())));
      } else {
        gas.setValue(new IntegerType(e.gasLevel().getAsInt()));
      }
      gas.addDerivedFrom(new Reference(out.eventUrl(e.id())));
      out.add(out.url("gas", e.id()), gas);
    }
  }

  private static Reference goal(String goalId, Writing out) {
    String url = out.goalUrl(goalId);
    return url != null ? new Reference(url) : new Reference().setIdentifier(Writing.identifier(out.identity.goalSystem(), goalId));
  }

  /** Whether {@code resource} is a GAS rating as this mapping writes it. */
  static boolean isGasRating(Resource resource) {
    return resource instanceof Observation
        && Reading.hasCoding(((Observation) resource).getCode(), Urls.LOINC, Urls.LOINC_GAS_FOLLOW_UP);
  }

  @Override
  GoalAttempt read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    if (o.getFocus().size() != 1) {
      throw o.getFocus().isEmpty() ? Reading.missing(at + ".focus")
          : Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".focus[1]");
    }
    GoalAttempt.Builder b = GoalAttempt.builder().id(h.id()).at(h.at()).until(h.until())
        .goalId(goalId(o.getFocusFirstRep(), in, at + ".focus[0]"));
    if (o.hasValue()) {
      b.outcome(Reading.constant(AttemptOutcome.class, conceptValue(o, at), at + ".value"));
    }
    for (int i = 0; i < o.getComponent().size(); i++) {
      String part = part(o, i, at);
      if ("assistance".equals(part)) {
        b.assistance(Reading.code(componentValue(o, i, CodeableConcept.class, at), componentAt(at, i) + ".value"));
      } else if ("opportunities".equals(part)) {
        b.opportunities(componentValue(o, i, IntegerType.class, at).getValue());
      } else if ("correct-responses".equals(part)) {
        b.correctResponses(componentValue(o, i, IntegerType.class, at).getValue());
      } else {
        throw Reading.invalid(componentAt(at, i) + ".code");
      }
    }
    OptionalInt gas = in.gasLevelOf(index);
    gas.ifPresent(b::gasLevel);
    return b.build();
  }

  private static String goalId(Reference focus, Reading in, String at) {
    if (focus.hasReference()) {
      Resource target = in.resource(in.target(focus, at));
      if (!(target instanceof Goal)) {
        throw Reading.fail(HoldspaceFhirException.Problem.BROKEN_REFERENCE, at);
      }
      return Reading.identifier(((Goal) target).getIdentifier(), in.identity.goalSystem(), at + ".resolve()");
    }
    return Reading.logical(focus, in.identity.goalSystem(), at);
  }
}
