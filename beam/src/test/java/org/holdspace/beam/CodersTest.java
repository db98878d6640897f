package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.SerializableUtils;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.progress.ProgressInput;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures;
import org.junit.jupiter.api.Test;

/** Every coder decodes what it encodes, survives Java serialization (as a pipeline ships it), and refuses a corrupt stream without quoting it. */
class CodersTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  /** The coder after Java serialization, as a pipeline ships it to workers. */
  @SuppressWarnings("unchecked")
  private static <T> Coder<T> shipped(Coder<T> coder) {
    return (Coder<T>) SerializableUtils.ensureSerializable(coder);
  }

  private static Session libraryOnly(Session s) {
    return s.withEvents(s.events().stream().filter(e -> !(e instanceof VendorFixtures.HydrationBreak))
        .collect(Collectors.toList()));
  }

  @Test
  void sessionsAndAssessmentsTravelOverTheJsonWireFormat() {
    Coder<Session> sessions = shipped(SessionCoder.of());
    Coder<org.holdspace.evaluation.Assessment> assessments = shipped(AssessmentCoder.of());
    qt(200).forAll(Generators.sessions().map(CodersTest::libraryOnly)).checkAssert(s -> {
      try {
        CoderProperties.coderDecodeEncodeEqual(sessions, s);
        CoderProperties.coderDecodeEncodeEqual(assessments, EVALUATOR.evaluate(s));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theSmallValuesRoundTrip() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(shipped(SourceLine.coder()),
        SourceLine.of("f.ndjson", 3, "{\"a\":1}"));
    CoderProperties.coderDecodeEncodeEqual(shipped(BadLine.coder()),
        BadLine.of("f.ndjson", 3, "MALFORMED", "/id", Optional.empty()));
    CoderProperties.coderDecodeEncodeEqual(BadLine.coder(), BadLine.of("f", 4, "UNKNOWN_FIELD", "/<field 2>", Optional.of("{}")));
    Session a = PublicScenario.HARD_DAY.session();
    CoderProperties.coderDecodeEncodeEqual(shipped(PopulationCounts.coder()),
        PopulationCounts.of(a, EVALUATOR.evaluate(a)).plus(PopulationCounts.of(a, EVALUATOR.evaluate(a))));
    ChildProgress child = ChildProgress.from(List.of(ProgressInput.of(a)));
    Coder<ChildProgress> coder = shipped(ChildProgress.coder());
    CoderProperties.coderDecodeEncodeEqual(coder, child);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.encode(child, bytes);
    assertThat(coder.decode(new ByteArrayInputStream(bytes.toByteArray())).report()).isEqualTo(child.report());
  }

  @Test
  void progressInputsTravelInTheirCompactForm() {
    Coder<ProgressInput> coder = shipped(ProgressInputCoder.of());
    qt(200).forAll(Generators.sessions().map(CodersTest::libraryOnly)).checkAssert(s -> {
      try {
        CoderProperties.coderDecodeEncodeEqual(coder, ProgressInput.of(s));
        CoderProperties.coderDeterministic(coder, ProgressInput.of(s), ProgressInput.of(s));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(new byte[] {1, 0, 0})))
        .isInstanceOf(CoderException.class).hasMessageContaining("ended");
    assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(new byte[] {7})))
        .isInstanceOf(CoderException.class).hasMessageContaining("form");
  }

  @Test
  void aCorruptStreamIsACoderExceptionThatDoesNotQuoteIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] json = "{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"Ada is frightened of dogs\"}"
        .getBytes(StandardCharsets.UTF_8);
    org.apache.beam.sdk.util.VarInt.encode(json.length, bytes);
    bytes.write(json);
    assertThatThrownBy(() -> SessionCoder.of().decode(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(CoderException.class).hasMessageNotContaining("dogs");
    assertThatThrownBy(() -> SessionCoder.of().decode(new ByteArrayInputStream(new byte[] {5, '{'})))
        .isInstanceOf(CoderException.class);
  }

  @Test
  void toStringShowsNoHealthData() {
    assertThat(SourceLine.of("f", 1, "Ada is frightened of dogs").toString()).doesNotContain("dogs");
    assertThat(BadLine.of("f", 1, "MALFORMED", "", Optional.of("Ada is frightened of dogs")).toString())
        .doesNotContain("dogs");
  }
}
