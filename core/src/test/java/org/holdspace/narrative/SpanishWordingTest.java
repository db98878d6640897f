package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * Spanish as a family would speak it (DOMAIN.md wording rules, version 3), over the public scenarios
 * and generated sessions: formal "usted" and no gendered agreement for the child or the therapist
 * (every text); none of the forms the rules replace ("sin preparación", "colegio"); no summary
 * sentence that opens with an impersonal "Hubo"; and no "su ritmo" or "sus necesidades", where
 * "su" could be read as the parent's.
 */
class SpanishWordingTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));
  private static final Pattern INFORMAL = Pattern.compile("\\b(tú|tu|te|ti|contigo|tuyo|tuya)\\b");
  private static final Pattern GENDERED = Pattern.compile("\\b(el terapeuta|la terapeuta|el niño|la niña|calmado|"
      + "calmada|regulado|regulada|seguro|segura|preparado|preparada|cansado|cansada|"
      + "alterado|alterada|retraído|retraída)\\b");
  private static final List<String> REPLACED = List.of("sin preparación", "preparación", "colegio",
      "su ritmo", "sus necesidades");

  private static void check(Session s) {
    Assessment a = EVALUATOR.evaluate(s);
    ParentSummary summary = SPANISH.parentSummary(s, a);
    List<String> texts = new ArrayList<>();
    texts.add(summary.draftForClinician());
    SPANISH.reflections(s, a).forEach(st -> texts.add(st.text()));
    texts.add(SPANISH.sessionNote(s, a).text());
    for (String text : texts) {
      String lower = text.toLowerCase(Locale.ROOT);
      assertThat(INFORMAL.matcher(lower).find()).as(text).isFalse();
      assertThat(GENDERED.matcher(lower).find()).as(text).isFalse();
      for (String form : REPLACED) {
        assertThat(lower).as(text).doesNotContain(form);
      }
    }
    for (Statement st : summary.statements()) {
      assertThat(st.text()).as(st.key()).doesNotStartWith("Hubo ").doesNotStartWith("Hay ");
    }
  }

  @Test
  void thePublicScenariosReadAsAFamilyWouldSpeak() {
    for (PublicScenario p : PublicScenario.values()) {
      check(p.session());
    }
  }

  /**
   * Over generated stories, which name only the library's own codes: a vendor's display text is
   * the vendor's words, and random text may hold anything ("TU"), so it is left out here.
   */
  @Test
  void generatedSessionsReadAsAFamilyWouldSpeak() {
    qt(300).forAll(Generators.stories()).checkAssert(SpanishWordingTest::check);
  }

  @Test
  void aKnownSubjectIsLeftOutAndAnUnknownOneIsNamed() {
    Session d = PublicScenario.DEMAND_OUTRUNS_READINESS.session();
    List<Statement> happened = SPANISH.parentSummary(d, EVALUATOR.evaluate(d), "Ada").whatHappened();
    assertThat(happened).extracting(Statement::text).startsWith("Hoy, Ada tuvo un día difícil.",
        "Pasó por un rato muy difícil, de 16 minutos.");
    assertThat(ParentSummaryWriter.withoutGap("Más tarde,  se fue calmando.")).isEqualTo("Más tarde, se fue calmando.");
    assertThat(ParentSummaryWriter.withoutGap(" participó en juegos.")).isEqualTo("Participó en juegos.");
  }
}
