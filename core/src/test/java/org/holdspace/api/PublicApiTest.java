package org.holdspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The public API as vendors meet it: no generated class in it, and every event kind implementable by hand. */
class PublicApiTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  static List<String> publicGeneratedClasses(Path classes) throws IOException, ClassNotFoundException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("Immutable[^$]*\\.class"))
          .collect(Collectors.toList())) {
        String name = classes.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        if (Modifier.isPublic(Class.forName(name, false, PublicApiTest.class.getClassLoader()).getModifiers())) {
          found.add(name);
        }
      }
    }
    return found;
  }

  @Test
  void noGeneratedClassIsPublicInCoresJar() throws Exception {
    Path classes = Path.of(Session.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("Immutable")).count())
          .as("the check sees the generated classes").isGreaterThan(10);
    }
    assertThat(publicGeneratedClasses(classes)).isEmpty();
  }

  /** Every package under {@code sources} that holds Java files has a {@code package-info.java}. */
  static List<String> packagesWithoutInfo(Path sources) throws IOException {
    try (Stream<Path> dirs = Files.walk(sources)) {
      return dirs.filter(Files::isDirectory).filter(d -> {
        try (Stream<Path> files = Files.list(d)) {
          return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(d -> !Files.exists(d.resolve("package-info.java")))
          .map(d -> sources.relativize(d).toString()).collect(Collectors.toList());
    }
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources.resolve("org/holdspace/session/Session.java")).exists();
    assertThat(packagesWithoutInfo(sources)).isEmpty();
  }

  @Test
  void everyEventKindImplementedByHandEvaluatesLikeTheLibrarysOwn() {
    qt(300).forAll(Generators.heldSessions()).checkAssert(s -> {
      Session byHand = s.withEvents(HandWrittenEvents.copyOf(s.events()));
      assertThat(byHand.events()).noneMatch(e -> e.getClass().getName().contains("Immutable"));
      Assessment library = EVALUATOR.evaluate(s);
      assertThat(EVALUATOR.evaluate(byHand)).isEqualTo(library);
    });
    Session q = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    assertThat(EVALUATOR.evaluate(q.withEvents(HandWrittenEvents.copyOf(q.events())))).isEqualTo(EVALUATOR.evaluate(q));
  }

  @Test
  void aHandWrittenEventWithAMissingFieldIsRefusedByTheSession() {
    Session a = PublicScenario.HARD_DAY.session();
    Instant t = a.actual().get().start();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> a.withEvents(List.of(
        new HandWrittenEvents.Regulation("x1", t, Optional.empty(), null, Set.of(), Optional.empty(), Optional.empty()),
        new HandWrittenEvents.Regulation("x2", t, Optional.empty(), ArousalBand.REGULATED, Set.of(), null,
            Optional.empty()))));
    assertThat(e.has(CoreViolation.REQUIRED, "events[0].band")).isTrue();
    assertThat(e.has(CoreViolation.REQUIRED, "events[1].mode")).isTrue();
    assertThat(e.violations()).hasSize(2);
  }
}
