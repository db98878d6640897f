package org.holdspace.examples;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.beam.LocalFlinkCluster;

/**
 * A local Flink 1.19 cluster for the {@link Population} example: a JobManager and a TaskManager
 * with two slots, each a JVM of its own on loopback, started from this module's Maven jars (the
 * same code the beam module's cluster test uses). Prints the {@code --flinkMaster} to pass, and
 * stops both processes when its standard input ends (Enter, or Ctrl-D), printing their peak memory
 * and CPU time.
 *
 * <p>Run from the repository root, then in a second shell the population example:
 *
 * <pre>
 * ./mvnw -q -pl examples -am package exec:java -DskipTests -Dexec.mainClass=org.holdspace.examples.FlinkCluster
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.holdspace.examples.Population \
 *   -Dexec.args="--runner=FlinkRunner --flinkMaster=localhost:PORT --input=target/sessions.ndjson --output=target/population-cluster"
 * </pre>
 */
public final class FlinkCluster {
  private FlinkCluster() {}

  /**
   * Starts the cluster and waits for standard input to end.
   *
   * @param args the directory for its configuration and logs, optional (default {@code
   *     target/flink-cluster})
   * @throws IOException if the cluster cannot start
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "target/flink-cluster"), System.in, System.out);
  }

  static void run(Path dir, InputStream stop, PrintStream out) throws IOException {
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(dir, classPath())) {
      out.println("Flink 1.19 cluster up (JobManager and TaskManager, 2 slots): --flinkMaster=" + cluster.master());
      out.println("Configuration and logs in " + dir + "; end standard input (Enter) to stop it");
      stop.read(); // a line, or the end of the input
      long[] peaks = cluster.peakMemoryKb();
      double[] cpu = cluster.cpuSeconds();
      out.printf(java.util.Locale.ROOT, "Stopping; peak memory: JobManager %d MB, TaskManager %d MB; CPU: JobManager %.1f s, "
          + "TaskManager %.1f s%n", peaks[0] / 1024, peaks[1] / 1024, cpu[0], cpu[1]);
    }
  }

  /**
   * This program's class path: the class loader's jars when Maven's {@code exec:java} runs it (its
   * JVM's own class path is Maven's), else the JVM's.
   */
  static String classPath() {
    List<String> entries = new ArrayList<>();
    ClassLoader loader = FlinkCluster.class.getClassLoader();
    if (loader instanceof URLClassLoader) {
      for (URL url : ((URLClassLoader) loader).getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
          // not a local file: the processes cannot use it
        }
      }
    }
    return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
  }
}
