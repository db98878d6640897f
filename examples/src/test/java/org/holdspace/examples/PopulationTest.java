package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationTest {
  @TempDir
  Path dir;

  @Test
  void thePipelineEvaluatesEveryGoodLineAndWritesEveryOutput() throws Exception {
    Path input = dir.resolve("sessions.ndjson");
    Batch.generate(2_000, 42, 500, input, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path output = dir.resolve("population");
    Map<String, Long> counts = Population.run(new String[] {"--input=" + input, "--output=" + output},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(counts).containsEntry("evaluated", 1_996L).containsEntry("bad", 4L);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Pipeline DONE", "1,996 sessions evaluated, 4 bad lines");

    long assessments;
    try (Stream<Path> files = Files.list(output)) {
      assessments = files.filter(f -> f.getFileName().toString().startsWith("assessments")).mapToLong(f -> {
        try {
          return Files.readAllLines(f).size();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum();
    }
    assertThat(assessments).isEqualTo(1_996);
    List<String> table = Files.readAllLines(output.resolve("population-by-discipline.csv"));
    assertThat(table).hasSize(5); // header and four disciplines
    long sessions = table.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
    assertThat(sessions).isEqualTo(1_996);
    java.util.Set<String> children = new java.util.HashSet<>();
    try (java.io.InputStream in = Files.newInputStream(input);
        org.holdspace.json.NdjsonReader<org.holdspace.session.Session> lines =
            org.holdspace.json.HoldspaceJson.standard().readSessions(in)) {
      lines.forEachRemaining(l -> l.value().ifPresent(s -> children.add(s.clientId())));
    }
    assertThat(children).hasSizeGreaterThan(400);
    assertThat(Files.readAllLines(output.resolve("progress.tsv"))).hasSize(children.size() + 1); // and the header
    assertThat(Files.readAllLines(output.resolve("bad-lines.txt"))).hasSize(4)
        .allMatch(l -> l.contains("MALFORMED") && !l.contains("broken-on-purpose"));
  }

  @Test
  void aRerunIntoTheSameDirectoryIsRefusedUnlessAskedToOverwriteItsOwnOutputs() throws Exception {
    Path output = dir.resolve("rerun");
    Files.createDirectories(output);
    Files.writeString(output.resolve("assessments-00000-of-00001.ndjson"), "{}\n");
    Files.writeString(output.resolve("progress.tsv"), "x\n");
    assertThatThrownBy(() -> Population.prepare(output, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty");
    Population.prepare(output, true);
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files).isEmpty();
    }
    Files.writeString(output.resolve("notes.txt"), "someone's file\n");
    assertThatThrownBy(() -> Population.prepare(output, true)).isInstanceOf(IllegalArgumentException.class);
    assertThat(output.resolve("notes.txt")).exists(); // never deleted
  }
}
