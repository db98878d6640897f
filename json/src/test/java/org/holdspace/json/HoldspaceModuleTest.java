package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.holdspace.code.Code;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class HoldspaceModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new HoldspaceModule());

  @Test
  void isFoundThroughServiceLoading() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(new HoldspaceModule().getTypeId());
  }

  @Test
  void codesRoundTripWithAnyUnicode() {
    qt(500).forAll(Generators.codes()).checkAssert(code -> {
      String json = write(code);
      assertThat(read(json, Code.class)).isEqualTo(code);
    });
  }

  @Test
  void intervalsRoundTripToTheNanosecond() {
    qt(500).forAll(Generators.intervals()).checkAssert(interval ->
        assertThat(read(write(interval), Interval.class)).isEqualTo(interval));
  }

  @Test
  void codeWireFormatIsSystemCodeDisplay() throws Exception {
    assertThat(mapper.writeValueAsString(Code.of("https://ehr.example/s", "x", "X")))
        .isEqualTo("{\"system\":\"https://ehr.example/s\",\"code\":\"x\",\"display\":\"X\"}");
    assertThat(mapper.writeValueAsString(Code.of("s", "c"))).isEqualTo("{\"system\":\"s\",\"code\":\"c\"}");
  }

  @Test
  void unknownFieldFailsAndNamesIt() {
    assertThatThrownBy(() -> mapper.readValue("{\"system\":\"s\",\"code\":\"c\",\"colour\":\"red\"}", Code.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("colour");
  }

  @Test
  void invalidIntervalCarriesTheViolationsButNotTheValues() {
    String json = "{\"start\":\"2026-03-02T10:00:00Z\",\"end\":\"2026-03-02T09:00:00Z\"}";
    assertThatThrownBy(() -> mapper.readValue(json, Interval.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(ValidationException.class)
        .hasMessageContaining("time.end-before-start")
        .hasMessageNotContaining("2026-03-02T10");
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    assertThatThrownBy(() -> mapper.readValue("{\"system\":1,\"code\":\"c\"}", Code.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Expected a string in Code");
    assertThatThrownBy(() -> mapper.readValue("[]", Interval.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Expected a JSON object for Interval");
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
