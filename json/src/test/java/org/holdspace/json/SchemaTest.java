package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EventKind;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Every document the module writes is valid against the shipped JSON Schema, checked by an independent validator. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(VendorCodecs.module());
  private static final JsonSchema SCHEMA = load();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  private static JsonSchema load() {
    try (InputStream in = HoldspaceModule.jsonSchema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<ValidationMessage> validate(Object value) {
    try {
      return SCHEMA.validate(MAPPER.readTree(MAPPER.writeValueAsString(value)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyPublicScenarioAndItsAssessmentIsValid() {
    for (PublicScenario p : PublicScenario.values()) {
      assertThat(validate(p.session())).as(p.name()).isEmpty();
      assertThat(validate(EVALUATOR.evaluate(p.session()))).as(p.name()).isEmpty();
    }
  }

  @Test
  void generatedSessionsOfEveryKindAndTheirAssessmentsAreValid() {
    java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
    qt(300).forAll(Generators.sessions().mix(Generators.vendorSessions(), 30)).checkAssert(s -> {
      s.events().forEach(e -> kinds.add(LibraryTypes.kindOf(e)));
      assertThat(validate(s)).isEmpty();
      assertThat(validate(EVALUATOR.evaluate(s))).isEmpty();
    });
    assertThat(kinds).as("every library event kind was generated").containsAll(Arrays.stream(EventKind.values()).map(EventKind::type).collect(Collectors.toList()));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    JsonNode good = MAPPER.readTree(MAPPER.writeValueAsString(PublicScenario.HARD_DAY.session()));
    assertThat(SCHEMA.validate(good)).isEmpty();
    JsonNode unknownField = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) unknownField.get("events").get(0)).put("colour", "red");
    assertThat(SCHEMA.validate(unknownField)).isNotEmpty();
    JsonNode badBand = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) badBand.get("events").get(0)).put("band", "purple");
    assertThat(SCHEMA.validate(badBand)).isNotEmpty();
    JsonNode noVersion = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) noVersion).remove("schemaVersion");
    assertThat(SCHEMA.validate(noVersion)).isNotEmpty();
  }
}
