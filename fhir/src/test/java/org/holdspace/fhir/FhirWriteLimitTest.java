package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

/** The FHIR JSON writer writes nothing that parseBundle, with the same limit, refuses. */
class FhirWriteLimitTest {

  @Test
  void aBundleAtTheLimitReadsBackAndOnePastItIsRefusedWhenWritten() {
    Bundle bundle = HoldspaceFhir.standard().toBundle(PublicScenario.HARD_DAY.session());
    int length = HoldspaceFhir.standard().toJson(bundle).length();
    HoldspaceFhir exact = HoldspaceFhir.builder().maxDocumentChars(length).build();
    assertThat(exact.readSession(exact.toJson(bundle))).isEqualTo(PublicScenario.HARD_DAY.session());
    HoldspaceFhir smaller = HoldspaceFhir.builder().maxDocumentChars(length - 1).build();
    HoldspaceFhirException written = catchThrowableOfType(HoldspaceFhirException.class, () -> smaller.toJson(bundle));
    assertThat(written.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    String document = exact.toJson(bundle);
    HoldspaceFhirException read = catchThrowableOfType(HoldspaceFhirException.class, () -> smaller.parseBundle(document));
    assertThat(read.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }
}
