package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.SampleSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

  @Test
  void generatedFileIsEvaluatedWithBadLinesReportedAndCountsThatMatchADirectEvaluation(@TempDir Path dir)
      throws Exception {
    Path sessions = dir.resolve("sessions.ndjson");
    Path assessments = dir.resolve("assessments.ndjson");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Batch.run(new String[] {"generate", "--count", "2000", "--seed", "7", "--out", sessions.toString(),
        "--bad-every", "500"}, o, e)).isZero();
    assertThat(Files.readAllLines(sessions)).hasSize(2000);
    assertThat(Batch.run(new String[] {"evaluate", "--in", sessions.toString(), "--out", assessments.toString()}, o, e))
        .isZero();

    Map<Headline, Long> expected = new EnumMap<>(Headline.class);
    Map<Rung, Long> expectedRungs = new EnumMap<>(Rung.class);
    SampleSessions sample = new SampleSessions(7);
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    for (int i = 1; i <= 2000; i++) {
      Assessment a = evaluator.evaluate(sample.next());
      if (i % 500 != 0) {
        expected.merge(a.headline(), 1L, Long::sum);
        a.rungs().forEach(r -> expectedRungs.merge(r, 1L, Long::sum));
      }
    }
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("Evaluated 1,996 sessions; 4 bad lines (reported above)");
    for (Headline h : Headline.values()) {
      assertThat(summary).containsPattern("\\n  " + h.name().toLowerCase().replace('_', '-') + "\\s+"
          + String.format(java.util.Locale.ROOT, "%,d", expected.getOrDefault(h, 0L)) + "\\n");
    }
    for (Rung r : Rung.values()) {
      assertThat(summary).containsPattern("\\n  " + r.name().toLowerCase().replace('_', '-') + "\\s+"
          + String.format(java.util.Locale.ROOT, "%,d", expectedRungs.getOrDefault(r, 0L)) + "(\\n|$)");
    }
    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress).contains("line 500: malformed", "line 1000: malformed", "line 1500: malformed",
        "line 2000: malformed");
    assertThat(progress).contains("100%");
    assertThat(Files.readAllLines(assessments)).hasSize(1996).allSatisfy(l -> assertThat(l).startsWith(
        "{\"schemaVersion\":1,\"type\":\"assessment\""));
  }

  @Test
  void twoThreadsGiveTheSameAssessmentsAndSummaryAsOne(@TempDir Path dir) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Path sessions = dir.resolve("sessions.ndjson");
    Batch.run(new String[] {"generate", "--count", "1500", "--seed", "5", "--out", sessions.toString(),
        "--bad-every", "400"}, quiet, quiet);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    Batch.run(new String[] {"evaluate", "--in", sessions.toString(), "--out", dir.resolve("one").toString()},
        new PrintStream(one, true, StandardCharsets.UTF_8), quiet);
    Batch.run(new String[] {"evaluate", "--in", sessions.toString(), "--out", dir.resolve("two").toString(),
        "--threads", "2"}, new PrintStream(two, true, StandardCharsets.UTF_8), quiet);
    assertThat(Files.readAllBytes(dir.resolve("two"))).isEqualTo(Files.readAllBytes(dir.resolve("one")));
    assertThat(two.toString(StandardCharsets.UTF_8)).isEqualTo(one.toString(StandardCharsets.UTF_8))
        .contains("3 bad lines");
  }

  @Test
  void theSameSeedGivesTheSameFile(@TempDir Path dir) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Batch.run(new String[] {"generate", "--count", "300", "--seed", "11", "--out", dir.resolve("a").toString()}, quiet, quiet);
    Batch.run(new String[] {"generate", "--count", "300", "--seed", "11", "--out", dir.resolve("b").toString()}, quiet, quiet);
    assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(Files.readAllBytes(dir.resolve("b")));
  }

  @Test
  void anUnknownCommandPrintsUsage() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(Batch.run(new String[] {"frobnicate"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: Batch generate");
  }
}
