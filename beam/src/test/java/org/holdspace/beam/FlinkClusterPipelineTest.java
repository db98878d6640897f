package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The population pipeline on a real Flink 1.19 cluster: a JobManager and a TaskManager in
 * processes of their own on loopback ({@link LocalFlinkCluster}), the job submitted to the
 * cluster's REST address, every output written by the workers and compared with the one-machine
 * computation as on the direct runner. The TaskManager starts with this test's class path, so the
 * job stages one empty jar instead of the 170-odd files of the class path that Beam would upload.
 */
class FlinkClusterPipelineTest extends PopulationPipelineContract {
  private static final Path DIR = Path.of("target", "flink-cluster");
  private LocalFlinkCluster cluster;
  private Path outputs;

  @Override
  Path outputDir() {
    return outputs;
  }

  @Override
  PipelineOptions options() {
    try {
      outputs = Files.createDirectories(DIR.resolve("outputs-" + System.nanoTime())).toAbsolutePath();
      cluster = LocalFlinkCluster.start(DIR);
      Path empty = DIR.resolve("no-classes.jar").toAbsolutePath();
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(empty))) {
        // nothing: the TaskManager has the classes on its class path
      }
      FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
      options.setRunner(FlinkRunner.class);
      options.setFlinkMaster(cluster.master());
      options.setParallelism(2);
      options.setFilesToStage(List.of(empty.toString()));
      return options;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
      assertThat(cluster.running()).isZero();
    }
  }

  @Test
  void theJobRanOnTheCluster() throws IOException {
    assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
    assertThat(cluster.running()).isEqualTo(2);
    assertThat(cluster.jobsOverview()).contains("\"state\":\"FINISHED\"").doesNotContain("\"state\":\"FAILED\"");
    try (var files = Files.list(outputs)) { // the workers' files, one per bundle and output
      assertThat(files.count()).isGreaterThanOrEqualTo(7);
    }
  }
}
