package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.holdspace.code.Code;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.testkit.VendorFixtures;
import org.junit.jupiter.api.Test;

/** The documented shape of the wire format. */
class WireFormatTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new HoldspaceModule());

  @Test
  void isFoundThroughServiceLoading() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(new HoldspaceModule().getTypeId());
  }

  @Test
  void aSessionDocumentStartsWithSchemaVersionAndType() throws Exception {
    JsonNode doc = mapper.readTree(mapper.writeValueAsString(PublicScenario.HARD_DAY.session()));
    assertThat(doc.fieldNames().next()).isEqualTo("schemaVersion");
    assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(doc.get("type").textValue()).isEqualTo("session");
    assertThat(doc.get("status").textValue()).isEqualTo("completed");
    assertThat(doc.get("planned").get("start").textValue()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(doc.get("zone").textValue()).isEqualTo("Europe/London");
    JsonNode first = doc.get("events").get(0);
    assertThat(first.fieldNames().next()).isEqualTo("type");
    assertThat(first.toString()).isEqualTo("{\"type\":\"regulationObservation\",\"id\":\"a01\","
        + "\"at\":\"2026-03-02T09:00:00Z\",\"until\":\"2026-03-02T09:06:00Z\",\"band\":\"escalated\","
        + "\"signs\":[{\"system\":\"https://holdspace.org/codes/regulation-sign\",\"code\":\"crying\","
        + "\"display\":\"Crying\"}],\"mode\":\"not-yet\"}");
    assertThat(doc.get("goals").get(0).get("lifecycleStatus").textValue()).isEqualTo("active");
    assertThat(doc.get("goals").get(0).get("achievementStatus").textValue()).isEqualTo("in-progress");
  }

  @Test
  void codeWireFormatIsSystemCodeDisplay() throws Exception {
    assertThat(mapper.writeValueAsString(Code.of("https://ehr.example/s", "x", "X")))
        .isEqualTo("{\"system\":\"https://ehr.example/s\",\"code\":\"x\",\"display\":\"X\"}");
    assertThat(mapper.writeValueAsString(Code.of("s", "c"))).isEqualTo("{\"system\":\"s\",\"code\":\"c\"}");
  }

  @Test
  void anAssessmentCarriesKeysAndEvidenceButNoText() throws Exception {
    JsonNode doc = mapper.readTree(mapper.writeValueAsString(
        org.holdspace.evaluation.Evaluator.of(org.holdspace.evaluation.rules.StandardRules.ruleSet())
            .evaluate(PublicScenario.HARD_DAY.session())));
    assertThat(doc.get("type").textValue()).isEqualTo("assessment");
    assertThat(doc.get("headline").textValue()).isEqualTo("hard-day-safety-and-regulation");
    assertThat(doc.get("status").textValue()).isEqualTo("completed");
    assertThat(doc.get("supportsPresentWhenRegulationCame").get(0).get("code").textValue()).isEqualTo("dimmed-lights");
    assertThat(doc.get("rungs").toString()).isEqualTo("[\"safety\",\"regulation\",\"connection\"]");
    assertThat(doc.get("timeToRegulate").textValue()).isEqualTo("PT46M");
    assertThat(doc.get("findings").get(0).get("key").textValue()).isEqualTo("finding.safety.regulated");
  }

  @Test
  void anUnregisteredVendorTypeIsNeverWrittenAsIfItWereTheLibrarys() {
    org.holdspace.session.Session vendor = VendorFixtures.ClinicSession.builder()
        .from(PublicScenario.NOTHING_DOCUMENTED.session()).payerId("p").build();
    assertThatThrownBy(() -> mapper.writeValueAsString(vendor)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("register a JsonSessionCodec");
  }
}
