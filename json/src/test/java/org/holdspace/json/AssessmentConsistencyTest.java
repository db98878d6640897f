package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.junit.jupiter.api.Test;

/** An assessment document whose rungs and rung findings disagree is refused, as the builder refuses it. */
class AssessmentConsistencyTest {
  private static final HoldspaceJson JSON = HoldspaceJson.standard();

  @Test
  void aRungFindingWhoseRungIsMissingFromTheRungsIsRefused() throws Exception {
    String document = Files.readString(Path.of("../docs/wire-format/hard-day.assessment.json"), StandardCharsets.UTF_8);
    assertThat(JSON.readAssessment(document.getBytes(StandardCharsets.UTF_8)).rungs()).hasSize(3);
    String tampered = document.replace("\"rungs\" : [ \"safety\", \"regulation\", \"connection\" ]",
        "\"rungs\" : [ \"regulation\", \"connection\" ]");
    assertThat(tampered).isNotEqualTo(document);
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readAssessment(tampered.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).extracting(v -> v.code().code()).containsOnly("assessment.rung-not-held");
  }

  @Test
  void aRungWithoutAFindingIsRefused() throws Exception {
    String document = Files.readString(Path.of("../docs/wire-format/hard-day.assessment.json"), StandardCharsets.UTF_8);
    String tampered = document.replace("\"rungs\" : [ \"safety\", \"regulation\", \"connection\" ]",
        "\"rungs\" : [ \"safety\", \"regulation\", \"connection\", \"goal-progress\" ]");
    assertThat(tampered).isNotEqualTo(document);
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readAssessment(tampered.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/rungs/3");
  }
}
