package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code Population} example, unchanged, with {@code --runner=FlinkRunner}: on Flink 1.19
 * embedded, and on the local cluster {@code FlinkCluster} starts (a JobManager and a TaskManager
 * in processes of their own). Every output (assessments, each child's progress, the table, the bad
 * lines) equals the direct runner's, and the assessments equal {@code Batch evaluate}'s of the same
 * lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationOnFlinkTest {
  private Path dir;
  private Path input;
  private Map<String, List<String>> direct;
  private List<String> batch;

  @BeforeAll
  void runTheDirectRunnerAndTheBatch(@TempDir Path tmp) throws IOException {
    dir = tmp;
    input = dir.resolve("sessions.ndjson");
    Batch.generate(2_000, 42, 500, input, quiet());
    direct = outputs(run("direct", List.of()));
    Path assessments = dir.resolve("batch.ndjson");
    Batch.evaluate(input, assessments, quiet(), quiet());
    batch = sorted(Files.readAllLines(assessments));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private Path run(String name, List<String> runner) throws IOException {
    Path output = dir.resolve(name);
    List<String> args = new ArrayList<>(runner);
    args.add("--input=" + input);
    args.add("--output=" + output);
    Map<String, Long> counts = Population.run(args.toArray(String[]::new), quiet(), quiet());
    assertThat(counts).containsEntry("evaluated", 1_996L).containsEntry("bad", 4L);
    return output;
  }

  /** Each output's lines, sorted (an engine writes rows in its own order): by file kind. */
  private static Map<String, List<String>> outputs(Path dir) throws IOException {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String kind = f.getFileName().toString().replaceFirst("-\\d+-of-\\d+", "");
        out.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(Files.readAllLines(f));
      }
    }
    out.replaceAll((k, v) -> sorted(v));
    return out;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }

  @Test
  void theDirectRunnersAssessmentsAreTheBatchEvaluation() {
    assertThat(direct.keySet()).containsExactly("assessments.ndjson", "bad-lines.txt", "population-by-discipline.csv",
        "progress.tsv");
    assertThat(direct.get("assessments.ndjson")).hasSize(1_996).isEqualTo(batch);
  }

  @Test
  void onEmbeddedFlinkEveryOutputIsTheDirectRunners() throws IOException {
    assertThat(outputs(run("flink", List.of("--runner=FlinkRunner")))).isEqualTo(direct);
  }

  @Test
  void theNativeFlinkJobWritesEveryOutputAsTheDirectRunnerDoes() throws Exception {
    Path output = dir.resolve("native");
    FlinkNative.run(input, output, quiet());
    Map<String, List<String>> got = outputs(output);
    List<String> assessments = new ArrayList<>();
    try (Stream<Path> shards = Files.list(output.resolve("assessments"))) { // Flink's sink: a folder of shards
      for (Path f : shards.toList()) {
        assessments.addAll(Files.readAllLines(f));
      }
    }
    got.put("assessments.ndjson", sorted(assessments));
    assertThat(got).isEqualTo(direct);
  }

  /**
   * The cluster's processes have the classes on their class path, so the job stages one empty jar
   * (as the beam module's cluster test does). The {@code FlinkCluster} program runs on a thread of
   * its own: it blocks reading its standard input, and on a 2-core machine the common fork-join
   * pool has one worker, which Flink 1.19's client needs for its own {@code thenApplyAsync} steps.
   * (Run there with {@code CompletableFuture.runAsync}, the program took that worker on JDK 25 and
   * the client waited forever in {@code ExecutionEnvironment.executeAsync} after its job had
   * finished; on JDK 17 the same call ran it on a thread of its own. Seen in a thread dump.)
   */
  @Test
  @org.junit.jupiter.api.Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void onTheLocalFlinkClusterOfTheFlinkClusterProgramEveryOutputIsTheDirectRunners() throws Exception {
    // the program users run: it starts the cluster, says where, and stops it when its input ends
    java.io.PipedOutputStream stop = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(stop);
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
    java.util.concurrent.ExecutorService own = java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.CompletableFuture<Void> program = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        FlinkCluster.run(dir.resolve("cluster"), stdin, out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, own);
    own.shutdown(); // its one task goes on; the thread ends with it
    java.util.regex.Matcher master = java.util.regex.Pattern.compile("--flinkMaster=(localhost:\\d+)").matcher("");
    for (int i = 0; i < 600 && !master.reset(said.toString(StandardCharsets.UTF_8)).find(); i++) {
      assertThat(program).isNotCompletedExceptionally();
      Thread.sleep(100);
    }
    Path empty = dir.resolve("no-classes.jar");
    new java.util.jar.JarOutputStream(Files.newOutputStream(empty)).close();
    try {
      assertThat(outputs(run("on-cluster", List.of("--runner=FlinkRunner", "--flinkMaster=" + master.group(1),
          "--filesToStage=" + empty)))).isEqualTo(direct);
    } finally {
      stop.close();
      program.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
    assertThat(said.toString(StandardCharsets.UTF_8)).contains("Stopping; peak memory: JobManager");
    assertThat(Files.readString(dir.resolve("cluster").resolve("jobmanager.out"))) // it ran there
        .containsPattern("Job population-\\S+ \\(\\w+\\) switched from state RUNNING to FINISHED");
  }
}
