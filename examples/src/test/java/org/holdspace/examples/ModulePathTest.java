package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the JPMS module path, as the README states it: a module that {@code requires
 * org.holdspace.json} writes and reads a session; one that {@code requires org.holdspace.fhir}
 * does not start, because HAPI FHIR 8.8.1 uses a {@code ResourceBundle.Control}, which named
 * modules refuse. Each is compiled here and run in its own JVM with only the jars it needs on the
 * module path (taken from this test's class path). If HAPI fixes its side, the second test fails:
 * then the README and docs/fhir.md should say that holdspace-fhir runs on the module path.
 */
class ModulePathTest {
  private static final String SESSION = String.join("\n",
      "    java.time.Instant nine = java.time.Instant.parse(\"2026-03-02T09:00:00Z\");",
      "    org.holdspace.timeline.Interval hour = org.holdspace.timeline.Interval.of(nine, java.time.Duration.ofHours(1));",
      "    org.holdspace.session.Session s = org.holdspace.session.Session.builder().id(\"s1\").clientId(\"c1\")",
      "        .clinicianId(\"t1\").discipline(org.holdspace.session.DisciplineCodes.OCCUPATIONAL_THERAPY)",
      "        .planned(hour).actual(hour).status(org.holdspace.session.SessionStatus.COMPLETED).build();");

  @TempDir
  Path dir;

  /** The class path entries whose file name or module directory matches one of {@code patterns}. */
  private static List<String> entries(String... patterns) {
    List<String> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      String name = e.replace('\\', '/');
      for (String p : patterns) {
        if (name.matches(".*" + p + ".*") && !name.contains("-tests") && !name.contains("test-classes")) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  private static final String[] CORE = {"holdspace-core-[^/]*\\.jar$", "/core/target/classes$", "slf4j-api-"};
  private static final String[] JSON = {"holdspace-json-[^/]*\\.jar$", "/json/target/classes$", "jackson-core-",
      "jackson-databind-", "jackson-annotations-"};
  private static final String[] FHIR = {"holdspace-fhir-[^/]*\\.jar$", "/fhir/target/classes$", "jackson-core-",
      "hapi-fhir-base-", "hapi-fhir-structures-r4-", "org\\.hl7\\.fhir\\.r4-", "org\\.hl7\\.fhir\\.utilities-",
      "commons-lang3-"};

  private static String[] concat(String[]... arrays) {
    List<String> all = new ArrayList<>();
    for (String[] a : arrays) {
      all.addAll(List.of(a));
    }
    return all.toArray(new String[0]);
  }

  /** Compiles module {@code name} with one class {@code name.Main} whose main runs {@code body}; runs it; returns its output. */
  private String run(String name, String requires, String body, List<String> modulePath) throws Exception {
    Path src = dir.resolve(name + "-src");
    Path pkg = src.resolve(name);
    Files.createDirectories(pkg);
    Files.writeString(src.resolve("module-info.java"), "module " + name + " { requires " + requires + "; }\n");
    Files.writeString(pkg.resolve("Main.java"), "package " + name + ";\npublic class Main {\n"
        + "  public static void main(String[] args) throws Exception {\n" + SESSION + "\n" + body + "\n  }\n}\n");
    Path out = dir.resolve(name + "-out");
    String mp = String.join(File.pathSeparator, modulePath);
    List<String> immutables = entries("/org/immutables/value/");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", out.toString(), "--module-path",
        mp + File.pathSeparator + String.join(File.pathSeparator, immutables), "--add-modules", "org.immutables.value",
        src.resolve("module-info.java").toString(), pkg.resolve("Main.java").toString());
    assertThat(rc).as("javac").isZero();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + mp, "-m", name + "/" + name + ".Main")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  @Test
  void jsonRunsOnTheModulePath() throws Exception {
    List<String> mp = entries(concat(CORE, JSON));
    String out = run("checkjson", "org.holdspace.json", String.join("\n",
        "    org.holdspace.json.HoldspaceJson json = org.holdspace.json.HoldspaceJson.standard();",
        "    System.out.println(\"equal after the round trip: \" + json.readSession(json.writeSession(s)).equals(s));"),
        mp);
    assertThat(out).as(out).contains("equal after the round trip: true");
    assertThat(mp.stream().map(e -> Path.of(e).getFileName().toString()).collect(Collectors.joining(" ")))
        .doesNotContain("hapi");
  }

  @Test
  void fhirDoesNotStartOnTheModulePathBecauseOfHapi() throws Exception {
    String out = run("checkfhir", "org.holdspace.fhir", String.join("\n",
        "    org.holdspace.fhir.HoldspaceFhir fhir = org.holdspace.fhir.HoldspaceFhir.standard();",
        "    System.out.println(\"written: \" + fhir.toJson(fhir.toBundle(s)).length());"), entries(concat(CORE, FHIR)));
    assertThat(out).as(out).contains("ResourceBundle.Control not supported in named modules")
        .contains("ca.uhn.fhir.i18n.HapiLocalizer").doesNotContain("written: ");
  }

  @Test
  void theModulePathsHoldWhatTheyNeed() throws IOException {
    assertThat(entries(concat(CORE, JSON))).hasSize(6);
    assertThat(entries(concat(CORE, FHIR))).hasSize(9);
  }
}
