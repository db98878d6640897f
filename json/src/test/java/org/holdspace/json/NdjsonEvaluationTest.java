package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The parallel path gives exactly what one thread gives (the same bytes, the same callbacks in the
 * same order), which is what the NDJSON reader, the evaluator and the writer give by hand.
 */
class NdjsonEvaluationTest {
  private static final HoldspaceJson JSON = HoldspaceJson.standard();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  /** 3,000 sample sessions with bad lines and blank lines among them. */
  private static byte[] input() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SampleSessions sample = new SampleSessions(3);
    for (int i = 1; i <= 3_000; i++) {
      if (i % 700 == 0) {
        out.write("{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"cut\n".getBytes(StandardCharsets.UTF_8));
      } else if (i % 900 == 0) {
        out.write("   \n".getBytes(StandardCharsets.UTF_8));
      } else {
        out.write(JSON.writeSession(sample.next()));
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  /** What happened, in order: "a <line> <headline>" or "r <line> <problem> <pointer>". */
  private static final class Record implements NdjsonEvaluation.Listener {
    final List<String> events = new ArrayList<>();

    @Override
    public void assessed(long line, Assessment assessment) {
      events.add("a " + line + " " + assessment.headline());
    }

    @Override
    public void rejected(long line, HoldspaceJsonException problem) {
      events.add("r " + line + " " + problem.problem() + " " + problem.pointer());
    }
  }

  @Test
  void everyThreadCountGivesTheSameOutputAsReadingEvaluatingAndWritingByHand() throws IOException {
    byte[] input = input();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    List<String> expectedEvents = new ArrayList<>();
    try (NdjsonReader<Session> reader = JSON.readSessions(new ByteArrayInputStream(input));
        NdjsonWriter<Assessment> writer = JSON.writeAssessments(expected)) {
      reader.forEachRemaining(line -> {
        if (line.isOk()) {
          Assessment a = EVALUATOR.evaluate(line.value().get());
          try {
            writer.write(a);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          expectedEvents.add("a " + line.number() + " " + a.headline());
        } else {
          expectedEvents.add("r " + line.number() + " " + line.error().get().problem() + " "
              + line.error().get().pointer());
        }
      });
    }
    assertThat(expectedEvents).anyMatch(e -> e.startsWith("r ")).hasSizeGreaterThan(2_900);
    for (int threads : new int[] {1, 2, 4}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Record record = new Record();
      NdjsonEvaluation.Counts counts = NdjsonEvaluation.of(JSON, EVALUATOR).withThreads(threads)
          .run(new ByteArrayInputStream(input), out, record);
      assertThat(out.toByteArray()).as(threads + " threads").isEqualTo(expected.toByteArray());
      assertThat(record.events).as(threads + " threads").isEqualTo(expectedEvents);
      assertThat(counts.assessed() + counts.rejected()).isEqualTo(expectedEvents.size());
    }
  }

  @Test
  void aStreamThatFailsIsReportedOnceAndTheRunEnds() throws IOException {
    byte[] input = input();
    InputStream failing = new InputStream() {
      int at;

      @Override
      public int read() throws IOException {
        if (at == 100_000) {
          throw new IOException("disk gone");
        }
        return input[at++];
      }
    };
    Record record = new Record();
    NdjsonEvaluation.of(JSON, EVALUATOR).withThreads(2).run(failing, new ByteArrayOutputStream(), record);
    assertThat(record.events.get(record.events.size() - 1)).contains("IO_FAILURE");
    assertThat(record.events).filteredOn(e -> e.contains("IO_FAILURE")).hasSize(1);
  }

  @Test
  void aRuleThatThrowsFailsTheRunAsOnOneThread() {
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "acme.broken";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public List<Finding> evaluate(SessionFacts facts) {
        throw new IllegalStateException("a vendor's bug");
      }
    };
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet().with(broken));
    assertThatThrownBy(() -> NdjsonEvaluation.of(JSON, evaluator).withThreads(2)
        .run(new ByteArrayInputStream(input()), new ByteArrayOutputStream(), new Record()))
        .isInstanceOf(IllegalStateException.class).hasMessage("Rule acme.broken v1 failed"); // as the evaluator reports it
    assertThatThrownBy(() -> NdjsonEvaluation.of(JSON, evaluator).withThreads(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
