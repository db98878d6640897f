package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.rules.FindingKeys;
import org.junit.jupiter.api.Test;

/** The finding keys, and the table from them to sentence keys, name texts that both languages have. */
class SentenceKeysTest {
  private static final List<Narrator> LANGUAGES = List.of(Narrator.of(Locale.ENGLISH), Narrator.of(Locale.forLanguageTag("es")));

  @Test
  void everySentenceTheTableNamesHasTextInBothLanguages() throws Exception {
    int summaries = 0;
    int plans = 0;
    for (String key : findingKeys()) {
      for (Narrator n : LANGUAGES) {
        SentenceKeys.summary(key).ifPresent(s -> assertThat(n.hasText(s)).as(n.locale() + " " + s).isTrue());
        SentenceKeys.notePlan(key).ifPresent(s -> assertThat(n.hasText(s)).as(n.locale() + " " + s).isTrue());
      }
      summaries += SentenceKeys.summary(key).isPresent() ? 1 : 0;
      plans += SentenceKeys.notePlan(key).isPresent() ? 1 : 0;
    }
    assertThat(summaries).isEqualTo(12); // six kinds of safety evidence, three of connection, three dysregulated endings
    assertThat(plans).isEqualTo(10);    // the prompts with a plan line
    assertThat(SentenceKeys.summary("finding.unknown")).isEmpty();
  }

  @Test
  void everyPromptAndIncidentHasTextInBothLanguages() throws Exception {
    for (String key : findingKeys()) {
      if (key.startsWith("prompt.") || key.startsWith("incident.")) {
        for (Narrator n : LANGUAGES) {
          assertThat(n.hasText(key)).as(n.locale() + " " + key).isTrue();
        }
      }
    }
  }

  private static List<String> findingKeys() throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Field f : FindingKeys.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        keys.add((String) f.get(null));
      }
    }
    assertThat(keys).hasSizeGreaterThan(30);
    return keys;
  }
}
