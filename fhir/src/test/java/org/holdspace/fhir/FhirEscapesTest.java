package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

/**
 * Tampered input never lets another library's exception out of the reader (issue 25's escapes):
 * an extension that is a JSON string, number or boolean instead of an object, at every place an
 * extension stands in the hard day's Bundle; invisible characters in the Encounter's codes; a year
 * 0000 period. Each is a {@link HoldspaceFhirException}, never HAPI's NullPointerException nor
 * core's ValidationException.
 */
class FhirEscapesTest {
  private static final HoldspaceFhir FHIR = HoldspaceFhir.standard();

  private static Throwable read(String json) {
    return catchThrowable(() -> FHIR.readSession(json));
  }

  @Test
  void anExtensionThatIsNotAnObjectIsRefusedAtEveryPlace() {
    String json = FHIR.toJson(FHIR.toBundle(PublicScenario.HARD_DAY.session()));
    Matcher m = Pattern.compile("\"extension\":\\[\\{").matcher(json);
    List<Integer> places = new ArrayList<>();
    while (m.find()) {
      places.add(m.end() - 1);
    }
    assertThat(places).hasSizeGreaterThan(5);
    for (int place : places) {
      int end = matching(json, place);
      for (String primitive : List.of("\"x\"", "1", "true", "null")) {
        String tampered = json.substring(0, place) + primitive + json.substring(end + 1);
        Throwable t = read(tampered);
        assertThat(t).as("extension at %d as %s", place, primitive).isInstanceOf(HoldspaceFhirException.class);
      }
    }
    String whole = json.replaceFirst("\"extension\":\\[", "\"extension\":\"x\",\"x\":[");
    assertThat(read(whole)).isInstanceOf(HoldspaceFhirException.class);
  }

  /** The index of the brace that closes the object opening at {@code open}. */
  private static int matching(String s, int open) {
    int depth = 0;
    boolean string = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException();
  }

  @Test
  void invisibleCharactersInTheEncountersCodesAreADomainViolation() {
    for (String code : List.of("o\u200Bt", "\u202Eot", "ot\uFEFF")) {
      Bundle b = FHIR.toBundle(PublicScenario.HARD_DAY.session());
      Encounter e = (Encounter) b.getEntryFirstRep().getResource();
      e.getTypeFirstRep().getCodingFirstRep().setCode(code);
      Throwable t = catchThrowable(() -> FHIR.toSession(b));
      assertThat(t).as(code).isInstanceOfSatisfying(HoldspaceFhirException.class,
          x -> assertThat(x.getMessage()).doesNotContain(code));
      Bundle setting = FHIR.toBundle(PublicScenario.HARD_DAY.session());
      ((Coding) ((Encounter) setting.getEntryFirstRep().getResource()).getExtensionByUrl(Urls.SETTING).getValue())
          .setCode(code);
      assertThat(catchThrowable(() -> FHIR.toSession(setting))).as("setting " + code)
          .isInstanceOf(HoldspaceFhirException.class);
    }
  }

  @Test
  void aYearZeroPeriodIsRefused() {
    String json = FHIR.toJson(FHIR.toBundle(PublicScenario.HARD_DAY.session()));
    String tampered = json.replaceFirst("\"start\":\"2026-03-02T09:00:00Z\"", "\"start\":\"0000-03-02T09:00:00Z\"");
    assertThat(tampered).isNotEqualTo(json);
    assertThat(read(tampered)).isInstanceOf(HoldspaceFhirException.class);
  }
}
