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
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupportCodes;
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
    for (Headline h : List.of(Headline.NOT_HELD, Headline.NOT_DOCUMENTED_ENOUGH, Headline.FOUNDATIONS,
        Headline.SKILL_PRACTICE, Headline.GOAL_PROGRESS)) {
      used.add("headline." + h.name());
    }
    used.addAll(List.of("headline.hard-day", "headline.hard-day.reached", "summary.your-child", "summary.list.and",
        "prompt.document-session", "prompt.hard-day-closing", "time.at", "time.stretch", "time.minute", "time.minutes",
        "label.headline", "label.incident", "label.ladder", "label.events", "label.goal-work-none", "label.prompts",
        "label.none", "label.summary", "label.held", "label.withheld", "label.note", "label.goal-work", "label.t-score"));
    for (Rung r : Rung.values()) {
      used.add("rung." + r.name());
    }
    for (java.lang.reflect.Field f : SensorySupportCodes.class.getFields()) {
      if (f.getType() == Code.class) {
        try {
          used.add("support." + ((Code) f.get(null)).code());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    List<Narrator> narrators = List.of(Narrator.of(Locale.ENGLISH), Narrator.of(SPANISH));
    java.util.function.Consumer<org.holdspace.session.Session> collect = s -> {
      Assessment a = evaluator.evaluate(s);
      a.findings().forEach(f -> used.add(f.key()));
      for (Narrator n : narrators) {
        n.parentSummary(s, a).statements().forEach(st -> used.add(st.key()));
        n.reflections(s, a).forEach(st -> used.add(st.key()));
      }
    };
    qt(500).forAll(Generators.sessions()).checkAssert(collect::accept);
    for (PublicScenario p : PublicScenario.values()) {
      collect.accept(p.session());
    }
    assertThat(used).contains("prompt.demand-before-escalation", "prompt.goal-work-while-not-ready",
        "incident.ended-in-crisis", "prompt.ended-in-crisis", "finding.ending.regulated", "finding.connection.trust",
        "prompt.harm-signs", "finding.goal-progress.measured", "incident.harm-signs", "summary.incident",
        "summary.reason.CHILD_NEEDS", "summary.safety.presence-after-harm", "summary.very-hard-day");
    for (String file : BUNDLES) {
      assertThat(keysOf(file)).as(file).containsAll(used);
    }
  }

  @Test
  void eachSupportGetsASentenceOfItsOwn() {
    Assessment a = Assessment.builder().from(Evaluator.of(StandardRules.ruleSet())
            .evaluate(PublicScenario.HARD_DAY.session()))
        .supportsThatHelped(List.of(SensorySupportCodes.HEAVY_WORK, SensorySupportCodes.DEEP_PRESSURE,
            SensorySupportCodes.SWING))
        .build();
    assertThat(Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.HARD_DAY.session(), a).whatHelped())
        .extracting(Statement::text).startsWith(
            "What seemed to help today: heavy work, like pushing and carrying.",
            "This also seemed to help: deep pressure.",
            "This also seemed to help: swinging or rocking.");
    assertThat(Narrator.of(SPANISH).parentSummary(PublicScenario.HARD_DAY.session(), a).whatHelped())
        .extracting(Statement::text).startsWith(
            "Lo que pareció ayudar hoy: el trabajo pesado, como empujar y cargar.",
            "También pareció ayudar: la presión profunda.",
            "También pareció ayudar: el columpio o el balanceo.");
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
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.SHUTDOWN_ALL_SESSION.session(), a,
        "Zed-Sentinel");
    assertThat(s.text()).contains("Zed-Sentinel");
    assertThat(s.toString()).doesNotContain("Zed-Sentinel");
  }

  @Test
  void aChildNameIsCleanedOfControlAndFormatCharacters() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.HARD_DAY.session(), a, "\u202EAda\u200B\u2028 Lee\u0007");
    assertThat(s.whatHappened().get(0).text()).isEqualTo("Today was a hard day for Ada Lee.");
    ParentSummary blank = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.HARD_DAY.session(), a, "\u202E\u200B");
    assertThat(blank.whatHappened().get(0).text()).isEqualTo("Today was a hard day for your child.");
  }

  @Test
  void clinicianWordsMakeAHeldSummaryReadyAndStayOutOfToString() {
    Assessment q = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session());
    ParentSummary held = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session(), q);
    assertThat(held.status()).isEqualTo(SummaryStatus.NEEDS_CLINICIAN_REVIEW);
    ParentSummary reviewed = held.withClinicianWords("Words-Sentinel about the moment.");
    assertThat(reviewed.isReady()).isTrue();
    assertThat(reviewed.text()).endsWith("\n\nWords-Sentinel about the moment.");
    assertThat(reviewed.toString()).doesNotContain("Words-Sentinel");
    Assessment e = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.NOTHING_DOCUMENTED.session());
    ParentSummary withheld = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.NOTHING_DOCUMENTED.session(), e);
    assertThat(withheld.status()).isEqualTo(SummaryStatus.WITHHELD_NOT_DOCUMENTED);
    assertThat(withheld.text()).isEmpty();
    assertThat(withheld.withClinicianWords("A quiet hour together.").text()).isEqualTo("A quiet hour together.");
    assertThatThrownBy(() -> withheld.withClinicianWords(" ")).isInstanceOf(
        org.holdspace.validation.ValidationException.class);
  }

  @Test
  void aNameThatLooksLikeAPlaceholderIsKeptAsItIs() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(PublicScenario.HARD_DAY.session(), a, "{supports}");
    assertThat(s.whatHappened().get(0).text()).isEqualTo("Today was a hard day for {supports}.");
  }

  @Test
  void aSessionThatDidNotTakePlaceHasNoEmptyParagraph() {
    org.holdspace.session.Session steady = PublicScenario.STEADY_SESSION.session();
    org.holdspace.session.Session cancelled = org.holdspace.session.Session.builder().from(steady)
        .status(org.holdspace.session.SessionStatus.CANCELLED).endReason(org.holdspace.session.EndReasonCodes.ILLNESS)
        .actual(java.util.Optional.empty()).events(List.of()).build();
    ParentSummary s = Narrator.of(Locale.ENGLISH).parentSummary(cancelled, Evaluator.of(StandardRules.ruleSet()).evaluate(cancelled));
    assertThat(s.text()).isEqualTo("This session did not take place. This was because of illness.\n\n"
        + "We look forward to seeing your child next time.");
    assertThat(s.isReady()).isTrue();
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
    assertThat(n.support(SensorySupportCodes.SWING)).isEqualTo("el columpio o el balanceo");
    assertThat(n.support(Code.of("https://ehr.example/s", "trampoline", "Trampoline"))).isEqualTo("Trampoline");
    assertThat(n.support(Code.of("https://ehr.example/s", "trampoline"))).isEqualTo("trampoline");
    assertThat(n.support(Code.of("https://ehr.example/s", "t", "Tram\u202Epoline\u200B\n"))).isEqualTo("Trampoline");
  }
}
