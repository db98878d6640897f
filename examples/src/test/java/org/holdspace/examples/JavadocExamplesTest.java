package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every code example in the Javadoc of core, the test kit and the JSON module compiles: each
 * {@code <pre>{@code ...}</pre>} block becomes the body of a method in a generated class, with the
 * library's packages imported and the names examples take as given (a session, an assessment, a
 * start time, ...) declared as fields, and the whole is compiled against the test class path.
 */
class JavadocExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\R(.*?)\\R\\s*\\*?\\s*}</pre>", Pattern.DOTALL);
  private static final List<Path> ROOTS = List.of(Path.of("..", "core", "src", "main", "java"),
      Path.of("..", "testkit", "src", "main", "java"), Path.of("..", "json", "src", "main", "java"),
      Path.of("..", "fhir", "src", "main", "java"), Path.of("..", "beam", "src", "main", "java"));

  /** The names examples use without declaring them. */
  private static final String GIVEN = String.join("\n",
      "  java.time.Instant start, end, t, nine; java.time.Duration window;",
      "  Session session, hardDay, base, steady; Assessment assessment, a; SessionFacts facts;",
      "  Evaluator evaluator; RegulationObservation o; SessionEvent event; Rule rule, myRule; Narrator narrator;",
      "  List<Session> sessions, sessionsOfOneChild; java.nio.file.Path path;",
      "  java.io.InputStream in, inputStream; java.io.OutputStream outputStream; byte[] document, json;",
      "  ObjectMapper mapper; String wordsFromTheClinician; BillingCode exercise, manual;",
      "  interface Portal { void send(String text); } Portal portal;",
      "  JsonEventCodec<HydrationBreak> hydrationBreakCodec; JsonSessionCodec<ClinicSession> clinicSessionCodec;",
      "  HoldspaceFhir fhir; Bundle bundle; Observation observation; FhirEventHeader header; String note;",
      "  org.hl7.fhir.r4.model.Extension extension; org.hl7.fhir.r4.model.Encounter encounter;",
      "  org.apache.beam.sdk.Pipeline pipeline; org.apache.beam.sdk.values.PCollection<SourceLine> lines;",
      "  org.apache.beam.sdk.values.PCollectionTuple parsed;",
      "  org.apache.beam.sdk.values.PCollection<org.apache.beam.sdk.values.KV<Session, Assessment>> evaluated;");

  private static final String IMPORTS = Stream.of("java.util", "java.time", "java.io", "java.nio.file",
      "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core", "org.holdspace.billing", "org.holdspace.caregiver", "org.holdspace.code", "org.holdspace.connection",
      "org.holdspace.demand", "org.holdspace.evaluation", "org.holdspace.evaluation.rules", "org.holdspace.goal",
      "org.holdspace.incident",
      "org.holdspace.narrative", "org.holdspace.progress", "org.holdspace.readiness", "org.holdspace.regulation",
      "org.holdspace.sensory", "org.holdspace.session", "org.holdspace.timeline", "org.holdspace.validation",
      "org.holdspace.json", "org.holdspace.scenario", "org.holdspace.testkit", "org.holdspace.fhir",
      "org.holdspace.beam")
      .map(p -> "import " + p + ".*;").collect(Collectors.joining("\n"))
      + "\nimport org.immutables.value.Value;\nimport org.holdspace.testkit.VendorFixtures.ClinicSession;"
      + "\nimport org.holdspace.testkit.VendorFixtures.HydrationBreak;"
      + "\nimport ca.uhn.fhir.context.FhirContext;"
      + "\nimport org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;"
      + "\nimport org.hl7.fhir.r4.model.Bundle;\nimport org.hl7.fhir.r4.model.Observation;"
      + "\nimport org.hl7.fhir.r4.model.Encounter;\nimport org.hl7.fhir.r4.model.Extension;"
      + "\nimport org.hl7.fhir.r4.model.IntegerType;\nimport org.hl7.fhir.r4.model.StringType;"
      + "\nimport org.apache.beam.sdk.values.PCollection;\nimport org.apache.beam.sdk.values.PCollectionTuple;"
      + "\nimport org.apache.beam.sdk.values.KV;\nimport org.apache.beam.sdk.transforms.Values;\n";

  static List<String> examples(Path file) throws IOException {
    List<String> found = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(Files.readString(file));
    while (m.find()) {
      StringBuilder code = new StringBuilder();
      for (String line : m.group(1).split("\\R")) {
        String stripped = line.replaceFirst("^\\s*\\* ?", "");
        code.append(stripped.replaceFirst("^public (interface|class|enum|record|final class)", "$1")).append('\n');
      }
      found.add(code.toString());
    }
    return found;
  }

  @Test
  void everyJavadocExampleCompiles() throws IOException {
    List<JavaFileObject> units = new ArrayList<>();
    int count = 0;
    for (Path root : ROOTS) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        List<String> examples = examples(file);
        if (examples.isEmpty()) {
          continue;
        }
        String name = "Examples_" + file.getParent().getFileName() + "_"
            + file.getFileName().toString().replace(".java", "").replace('-', '_');
        StringBuilder src = new StringBuilder("package examples;\n").append(IMPORTS)
            .append("@SuppressWarnings(\"all\")\nabstract class ").append(name).append(" {\n").append(GIVEN).append('\n');
        for (int i = 0; i < examples.size(); i++) {
          src.append("  void example").append(i).append("() throws Exception {\n").append(examples.get(i))
              .append("\n  }\n");
          count++;
        }
        src.append("}\n");
        units.add(new Source(name, src.toString()));
      }
    }
    assertThat(count).as("examples found").isGreaterThan(40);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classpath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    Path out = Files.createTempDirectory("javadoc-examples");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean ok = javac.getTask(new StringWriter(), files, diagnostics,
          List.of("-proc:none", "-classpath", classpath, "-d", out.toString(), "--release", "17"), null, units).call();
      List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      assertThat(errors).as("examples that do not compile").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///examples/" + name + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
