package org.holdspace.beam;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flink 1.19 session cluster on loopback, as separate processes: a JobManager ({@code
 * StandaloneSessionClusterEntrypoint}) and a TaskManager ({@code TaskManagerRunner}) with two
 * slots, each a JVM started from the Maven jars of a class path (by default this JVM's) with the
 * same {@code java}, with free ports, its configuration and logs under the given directory.
 * {@link #close()} stops both, and a shutdown hook stops them if this JVM ends first. Test code,
 * shared with the examples module (its {@code FlinkCluster} program starts one for users).
 *
 * <pre>{@code
 * try (LocalFlinkCluster cluster = LocalFlinkCluster.start(Path.of("target/flink-cluster"))) {
 *   options.setFlinkMaster(cluster.master());   // localhost:<rest port>
 * }
 * }</pre>
 */
public final class LocalFlinkCluster implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(60);

  private final List<Process> processes = new ArrayList<>();
  private final int restPort;
  private final Path dir;
  private final Thread stopper = new Thread(this::stop, "stop the local Flink cluster");

  private final String classPath;

  private LocalFlinkCluster(Path dir, int restPort, String classPath) {
    this.dir = dir;
    this.restPort = restPort;
    this.classPath = classPath;
  }

  /**
   * Starts a cluster whose processes have this JVM's class path.
   *
   * @param dir where the configuration and the logs go
   * @return the running cluster
   * @throws IOException if it cannot start
   */
  public static LocalFlinkCluster start(Path dir) throws IOException {
    return start(dir, System.getProperty("java.class.path"));
  }

  /**
   * Starts the JobManager and the TaskManager and waits until the TaskManager has registered.
   *
   * @param dir where the configuration ({@code conf/flink-conf.yaml}) and the logs go
   * @param classPath the processes' class path: Flink 1.19's runtime, Beam's Flink runner and the
   *     job's classes
   * @return the running cluster
   * @throws IOException if a process cannot start, or the cluster is not ready within a minute
   *     (both processes are stopped then)
   */
  public static LocalFlinkCluster start(Path dir, String classPath) throws IOException {
    try {
      return startOnce(dir, classPath);
    } catch (IOException firstTry) { // a port taken between choosing it and binding it: once more, on new ports
      for (String role : List.of("jobmanager", "taskmanager")) {
        Path out = dir.resolve(role + ".out");
        if (Files.exists(out)) {
          Files.move(out, dir.resolve(role + ".first-try.out"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try {
        return startOnce(dir, classPath);
      } catch (IOException again) {
        again.addSuppressed(firstTry);
        throw again;
      }
    }
  }

  private static LocalFlinkCluster startOnce(Path dir, String classPath) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    int[] ports = freePorts(5);
    Files.writeString(conf.resolve("flink-conf.yaml"), String.join("\n",
        "jobmanager.rpc.address: localhost",
        "jobmanager.bind-host: localhost",
        "jobmanager.rpc.port: " + ports[0],
        "rest.address: localhost",
        "rest.bind-address: localhost",
        "rest.port: " + ports[1],
        "blob.server.port: " + ports[2],
        "taskmanager.host: localhost",
        "taskmanager.bind-host: localhost",
        "taskmanager.rpc.port: " + ports[3],
        "taskmanager.data.port: " + ports[4],
        "taskmanager.numberOfTaskSlots: 2",
        "parallelism.default: 2",
        "jobmanager.memory.process.size: 1024m",
        // a TaskManager started without Flink's scripts needs its resources spelled out (the
        // scripts work them out from taskmanager.memory.process.size): 1,408 MB in all
        "taskmanager.cpu.cores: 2",
        "taskmanager.memory.framework.heap.size: 128m",
        "taskmanager.memory.task.heap.size: 384m",
        "taskmanager.memory.managed.size: 256m",
        "taskmanager.memory.framework.off-heap.size: 128m",
        "taskmanager.memory.task.off-heap.size: 0m",
        "taskmanager.memory.network.min: 64m",
        "taskmanager.memory.network.max: 64m",
        "taskmanager.memory.jvm-metaspace.size: 256m",
        "taskmanager.memory.jvm-overhead.min: 192m",
        "taskmanager.memory.jvm-overhead.max: 192m",
        "io.tmp.dirs: " + Files.createDirectories(dir.resolve("tmp")).toAbsolutePath(),
        ""));
    LocalFlinkCluster cluster = new LocalFlinkCluster(dir, ports[1], classPath);
    Runtime.getRuntime().addShutdownHook(cluster.stopper);
    try {
      cluster.launch("jobmanager", "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint", conf,
          List.of("-Xmx768m"));
      cluster.launch("taskmanager", "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", conf,
          List.of("-Xmx512m", "-XX:MaxDirectMemorySize=192m", "-XX:MaxMetaspaceSize=256m"));
      cluster.awaitTaskManager();
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** {@return the cluster's REST address, the Flink runner's {@code flinkMaster}} */
  public String master() {
    return "localhost:" + restPort;
  }

  /**
   * The cluster's answer to {@code GET /jobs/overview}: the jobs it ran, with their states.
   *
   * @return the JSON text
   * @throws IOException if the cluster does not answer
   */
  public String jobsOverview() throws IOException {
    HttpRequest ask = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + "/jobs/overview"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      return HttpClient.newHttpClient().send(ask, HttpResponse.BodyHandlers.ofString()).body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** {@return the number of processes still running} */
  public long running() {
    return processes.stream().filter(Process::isAlive).count();
  }

  private void launch(String role, String mainClass, Path conf, List<String> memory) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(memory);
    command.addAll(List.of("-cp", classPath, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        "-Dlog.file=" + dir.resolve(role + ".log").toAbsolutePath(), mainClass, "--configDir",
        conf.toAbsolutePath().toString()));
    Files.writeString(dir.resolve(role + ".command"), String.join(" ", command));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(role + ".out").toFile()).start();
    processes.add(p);
  }

  /** Polls the REST API until a TaskManager is registered; fails if a process dies or a minute passes. */
  private void awaitTaskManager() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ask = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + "/taskmanagers"))
        .timeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(until)) {
      for (int i = 0; i < processes.size(); i++) {
        if (!processes.get(i).isAlive()) {
          String role = i == 0 ? "jobmanager" : "taskmanager";
          throw new IOException("the " + role + " ended while starting, exit code " + processes.get(i).exitValue()
              + "; the end of " + dir.toAbsolutePath().resolve(role + ".out") + ":\n" + tail(dir.resolve(role + ".out")));
        }
      }
      try {
        HttpResponse<String> answer = http.send(ask, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"slotsNumber\":2")) {
          return;
        }
      } catch (IOException notYet) {
        // the REST endpoint is not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the Flink cluster", e);
      }
      sleep(250);
    }
    throw new IOException("the Flink cluster was not ready within " + READY_WITHIN.toSeconds() + " s; see " + dir);
  }

  /** The last lines of a process's output that say what failed (Flink's log: no input data). */
  private static String tail(Path out) {
    try {
      List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.startsWith("\tat ")).toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(unreadable)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int[] freePorts(int n) throws IOException {
    int[] ports = new int[n];
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        held.add(s);
        ports[i] = s.getLocalPort();
      }
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
    return ports;
  }

  private void stop() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The peak resident memory of each process so far ({@code VmHWM} in {@code /proc}; Linux only).
   *
   * @return JobManager and TaskManager, in kB; -1 where it cannot be read
   */
  public long[] peakMemoryKb() {
    long[] peaks = new long[processes.size()];
    for (int i = 0; i < peaks.length; i++) {
      peaks[i] = -1;
      try {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(processes.get(i).pid()), "status"))) {
          if (line.startsWith("VmHWM:")) {
            peaks[i] = Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | NumberFormatException unreadable) {
        // not Linux, or the process has ended
      }
    }
    return peaks;
  }

  /**
   * The CPU time each process has used so far ({@code utime} and {@code stime} in {@code
   * /proc/<pid>/stat}, at 100 ticks a second; Linux only).
   *
   * @return JobManager and TaskManager, in seconds; -1 where it cannot be read
   */
  public double[] cpuSeconds() {
    double[] cpu = new double[processes.size()];
    for (int i = 0; i < cpu.length; i++) {
      cpu[i] = -1;
      try {
        String stat = Files.readString(Path.of("/proc", String.valueOf(processes.get(i).pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // after the command's name
        cpu[i] = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
      } catch (IOException | RuntimeException unreadable) {
        // not Linux, or the process has ended
      }
    }
    return cpu;
  }

  /** Stops both processes and waits for them to end. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
