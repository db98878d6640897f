package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.transforms.MapElements;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.json.NdjsonLine;
import org.holdspace.json.NdjsonReader;
import org.holdspace.json.NdjsonWriter;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transforms on a real engine: Beam's Flink runner with Flink 1.19 embedded ({@code [local]},
 * parallelism 2), over sample sessions and bad lines; the assessments and the bad lines it writes
 * equal the one-machine evaluation of the same lines (the NDJSON reader and the evaluator).
 */
class FlinkRunnerTest {
  @TempDir
  Path dir;

  @Test
  void thePipelineOnEmbeddedFlinkWritesWhatOneMachineComputes() throws IOException {
    Path input = dir.resolve("sessions.ndjson");
    SampleSessions sample = new SampleSessions(5);
    try (OutputStream out = Files.newOutputStream(input)) {
      try (NdjsonWriter<Session> w = HoldspaceJson.standard().writeSessions(new NoClose(out))) {
        for (int i = 0; i < 300; i++) {
          w.write(sample.next());
        }
      }
      out.write("{\"schemaVersion\":1,\"type\":\"session\"\n\n[1]\n".getBytes(StandardCharsets.UTF_8));
    }
    List<String> expectedAssessments = new ArrayList<>();
    List<String> expectedBad = new ArrayList<>();
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    try (InputStream in = Files.newInputStream(input); NdjsonReader<Session> r = HoldspaceJson.standard().readSessions(in)) {
      for (NdjsonLine<Session> l : (Iterable<NdjsonLine<Session>>) () -> r) {
        if (l.isOk()) {
          expectedAssessments.add(new String(HoldspaceJson.standard().writeAssessment(evaluator.evaluate(l.value().get())),
              StandardCharsets.UTF_8));
        } else {
          expectedBad.add(l.number() + " " + l.error().get().problem().name());
        }
      }
    }

    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    Pipeline p = Pipeline.create(options);
    PCollectionTuple parsed = p.apply(ReadLines.from(input.toString())).apply(ParseSessions.create());
    parsed.get(ParseSessions.SESSIONS).apply(Evaluate.standard()).apply(Values.create())
        .apply(ParDo.of(new ToJson())).apply(TextIO.write().to(dir.resolve("assessments").toString()));
    parsed.get(ParseSessions.BAD_LINES)
        .apply(MapElements.into(TypeDescriptors.strings()).via(b -> b.number() + " " + b.problem()))
        .apply("Write bad lines", TextIO.write().to(dir.resolve("bad").toString()));
    PipelineResult result = p.run();
    PipelineResult.State state = result.waitUntilFinish();

    assertThat(result.getClass().getName()).contains("flink"); // the job ran on Flink, not the direct runner
    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    assertThat(lines("assessments")).containsExactlyInAnyOrderElementsOf(expectedAssessments);
    assertThat(lines("bad")).containsExactlyInAnyOrderElementsOf(expectedBad).hasSize(2);
  }

  private List<String> lines(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> all = new ArrayList<>();
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).collect(Collectors.toList())) {
        all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
      return all;
    }
  }

  /** An assessment as its JSON document. */
  static final class ToJson extends DoFn<Assessment, String> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Assessment a, OutputReceiver<String> out) throws HoldspaceJsonException {
      out.output(new String(HoldspaceJson.standard().writeAssessment(a), StandardCharsets.UTF_8));
    }
  }

  /** Keeps the NDJSON writer from closing the file before the bad lines are added. */
  static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
