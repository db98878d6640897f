package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.holdspace.code.Code;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;

/** An activity: the activity as the code, the demand it made as an extension. */
final class ActivityMapping extends ProcedureMapping<Activity> {
  ActivityMapping() {
    super(Activity.class, "activity");
  }

  @Override
  Code code(Activity e) {
    return e.activity();
  }

  @Override
  void fill(Activity e, Procedure p, Writing out) {
    p.addExtension(Writing.extension(Urls.DEMAND_LEVEL, e.demand()));
  }

  @Override
  Activity read(FhirEventHeader h, Code code, Procedure p, Reading in) {
    String at = h.location();
    requireCompleted(p, at);
    Coding demand = Reading.requiredValue(p, Urls.DEMAND_LEVEL, Coding.class, at);
    return Activity.builder().id(h.id()).at(h.at()).until(h.until()).activity(code)
        .demand(Reading.constant(DemandLevel.class, demand, Reading.extensionLocation(at, Urls.DEMAND_LEVEL) + ".value"))
        .build();
  }
}
