package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

/** FHIR input is strict JSON: what HAPI's lenient parser took is refused as malformed, with a grammatical message. */
class StrictInputTest {
  private static final HoldspaceFhir FHIR = HoldspaceFhir.standard();
  private static final String BUNDLE = FHIR.toJson(FHIR.toBundle(PublicScenario.HARD_DAY.session()));

  @Test
  void theLibrarysOwnBundleIsStrictJson() {
    assertThat(FHIR.readSession(BUNDLE)).isEqualTo(PublicScenario.HARD_DAY.session());
  }

  @Test
  void singleQuotesCommentsDuplicatesAndTrailingValuesAreMalformed() {
    String singleQuoted = BUNDLE.replace("\"resourceType\":\"Bundle\"", "'resourceType':'Bundle'");
    String comment = "/* note */" + BUNDLE;
    String duplicate = BUNDLE.replaceFirst("\\{\"resourceType\":\"Bundle\"", "{\"resourceType\":\"Bundle\",\"resourceType\":\"Bundle\"");
    String trailing = BUNDLE + " {}";
    String trailingComma = BUNDLE.substring(0, BUNDLE.length() - 1) + ",}";
    for (String bad : new String[] {singleQuoted, comment, duplicate, trailing, trailingComma, "", "  "}) {
      assertThat(bad).isNotEqualTo(BUNDLE);
      HoldspaceFhirException e = catchThrowableOfType(HoldspaceFhirException.class, () -> FHIR.parseBundle(bad));
      assertThat(e).as(bad.length() > 40 ? bad.substring(0, 40) : bad).isNotNull();
      assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
      assertThat(e.getMessage()).doesNotContain("hard").doesNotContain("Bundle\",");
    }
  }

  @Test
  void anEncounterIsNotABundleSaidWithItsArticle() {
    String encounter = "{\"resourceType\":\"Encounter\",\"status\":\"finished\",\"class\":{\"code\":\"AMB\"}}";
    HoldspaceFhirException e = catchThrowableOfType(HoldspaceFhirException.class, () -> FHIR.parseBundle(encounter));
    assertThat(e.problem()).isEqualTo(Problem.WRONG_RESOURCE);
    assertThat(e.getMessage()).contains("an Encounter, not a Bundle");
    String patient = "{\"resourceType\":\"Patient\"}";
    assertThat(catchThrowableOfType(HoldspaceFhirException.class, () -> FHIR.parseBundle(patient)).getMessage())
        .contains("a Patient, not a Bundle");
  }
}
