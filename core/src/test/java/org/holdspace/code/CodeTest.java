package org.holdspace.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CodeTest {

  @Test
  void sameConceptIgnoresDisplay() {
    Code a = Code.of("https://ehr.example/s", "x", "One display");
    Code b = Code.of("https://ehr.example/s", "x", "Another");
    assertThat(a.isSameConcept(b)).isTrue();
    assertThat(a).isNotEqualTo(b);
    assertThat(a.is("https://ehr.example/s", "x")).isTrue();
    assertThat(a.is("https://ehr.example/s", "y")).isFalse();
  }

  @Test
  void displayIsOptional() {
    assertThat(Code.of("s", "c").display()).isEmpty();
    assertThat(Code.of("s", "c", null).display()).isEmpty();
    assertThat(Code.of("s", "c", "d").display()).contains("d");
  }

  @Test
  void missingSystemAndBlankCodeAreReportedTogether() {
    assertThatThrownBy(() -> Code.of(null, " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.typeName()).isEqualTo("Code");
          assertThat(e.violations()).hasSize(2);
          assertThat(e.has(CoreViolation.REQUIRED, "system")).isTrue();
          assertThat(e.has(CoreViolation.BLANK, "code")).isTrue();
        });
  }

  @Test
  void codeWithLineBreakIsRefused() {
    assertThatThrownBy(() -> Code.of("s", "a\nb"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.CONTROL_CHARACTER, "code")).isTrue());
  }

  @Test
  void overlongCodeIsRefused() {
    assertThatThrownBy(() -> Code.of("s", "x".repeat(257)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.TOO_LONG, "code")).isTrue());
    assertThat(Code.of("s", "x".repeat(256)).code()).hasSize(256);
  }
}
