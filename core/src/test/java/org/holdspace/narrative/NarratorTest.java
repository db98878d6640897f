package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SupportCodes;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

class NarratorTest {
  private static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static Set<String> keysOf(String file) {
    Properties p = new Properties();
    try (InputStream in = Narrator.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return p.stringPropertyNames();
  }

  @Test
  void everyBundleHasExactlyTheSameKeys() {
    Set<String> english = keysOf(BUNDLES.get(0));
    for (String file : BUNDLES) {
      assertThat(keysOf(file)).as(file).isEqualTo(english);
    }
  }

  @Test
  void everyKeyTheLibraryUsesExistsInEveryBundle() {
    Set<String> used = new HashSet<>();
    for (Headline h : Headline.values()) {
      used.add("headline." + h.name());
      used.add("summary.happened." + h.name());
      used.add("summary.next." + h.name());
    }
    for (Rung r : Rung.values()) {
      used.add("rung." + r.name());
    }
    used.addAll(List.of("summary.your-child", "summary.list.and", "summary.why.none", "summary.why.goals",
        "summary.why.foundations", "summary.helped.not-held", "summary.helped.supports",
        "summary.helped.connection", "summary.helped.still-learning"));
    for (java.lang.reflect.Field f : SupportCodes.class.getFields()) {
      if (f.getType() == Code.class) {
        try {
          used.add("support." + ((Code) f.get(null)).code());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    qt(500).forAll(Generators.sessions()).checkAssert(s -> {
      for (Finding f : evaluator.evaluate(s).findings()) {
        used.add(f.key());
      }
    });
    for (PublicScenario p : PublicScenario.values()) {
      evaluator.evaluate(p.session()).findings().forEach(f -> used.add(f.key()));
    }
    assertThat(used).contains("prompt.demand-before-escalation", "prompt.goal-work-while-not-ready",
        "prompt.harm-signs", "finding.goal-progress.measured");
    for (String file : BUNDLES) {
      assertThat(keysOf(file)).as(file).containsAll(used);
    }
  }

  @Test
  void spanishSummaryOfTheHardDay() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    ParentSummary s = Narrator.of(SPANISH).parentSummary(a);
    assertThat(s.locale()).isEqualTo(SPANISH);
    assertThat(s.whatHappened()).startsWith("Hoy fue un día difícil para su hijo o hija.");
    assertThat(s.whatHelped()).isEqualTo("Lo que ayudó hoy: luz tenue y presión profunda.");
    assertThat(Narrator.of(SPANISH).headline(a)).isEqualTo("Un día difícil que aun así alcanzó seguridad y regulación.");
  }

  @Test
  void languagesWithoutABundleGetEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(SPANISH);
      assertThat(Narrator.of(Locale.GERMAN).rung(Rung.SAFETY)).isEqualTo("Safety");
      assertThat(Narrator.of(Locale.ENGLISH).rung(Rung.SAFETY)).isEqualTo("Safety");
      assertThat(Narrator.of(new Locale("es", "MX")).rung(Rung.SAFETY)).isEqualTo("Seguridad");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aChildNameGoesIntoTheTextButNotIntoToString() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.SHUTDOWN_ALL_SESSION.session());
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(a, "Zed-Sentinel");
    assertThat(s.text()).contains("Zed-Sentinel");
    assertThat(s.toString()).doesNotContain("Zed-Sentinel");
  }

  @Test
  void aNameThatLooksLikeAPlaceholderIsKeptAsItIs() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(a, "{supports}");
    assertThat(s.whatHappened()).startsWith("Today was a hard day for {supports}.");
  }

  @Test
  void aSessionThatDidNotTakePlaceHasNoEmptyParagraph() {
    org.holdspace.session.Session steady = PublicScenario.STEADY_SESSION.session();
    org.holdspace.session.Session cancelled = org.holdspace.session.Session.builder().from(steady)
        .status(org.holdspace.session.SessionStatus.CANCELLED).endReason(org.holdspace.session.EndReasons.ILLNESS)
        .actual(java.util.Optional.empty()).events(List.of()).build();
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(Evaluator.of(StandardRules.ruleSet()).evaluate(cancelled));
    assertThat(s.text()).isEqualTo("This session did not take place.\n\nEvery session is part of a longer journey.\n\n"
        + "We look forward to seeing your child next time.");
  }

  @Test
  void vendorMessagesAreConsultedFirstAndMissingKeysAreNamed() {
    ListResourceBundle vendor = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"acme.hydration.taken", "The child had a drink."}, {"rung.SAFETY", "Feeling safe"}};
      }
    };
    Narrator n = Narrator.of(Locale.ENGLISH).withMessages(vendor);
    assertThat(n.text("acme.hydration.taken")).isEqualTo("The child had a drink.");
    assertThat(n.rung(Rung.SAFETY)).isEqualTo("Feeling safe");
    assertThat(n.rung(Rung.REGULATION)).isEqualTo("Regulation");
    assertThatThrownBy(() -> n.text("acme.unknown")).isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("acme.unknown");
  }

  @Test
  void vendorSupportsAreNamedByTheirDisplayText() {
    Narrator n = Narrator.of(SPANISH);
    assertThat(n.support(SupportCodes.SWING)).isEqualTo("columpio o balanceo");
    assertThat(n.support(Code.of("https://ehr.example/s", "trampoline", "Trampoline"))).isEqualTo("Trampoline");
    assertThat(n.support(Code.of("https://ehr.example/s", "trampoline"))).isEqualTo("trampoline");
  }
}
