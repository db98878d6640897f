package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VendorExtensionTest {

  @Test
  void vendorTypesRuleAndCodesFlowThroughEvaluationAndJson() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VendorExtension.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("ACME session s-a-hard-day with 16 events, authorisation auth-2026-0042");
    assertThat(out).contains("Assessed by acme.rules 2026.1: A hard day that still reached safety, regulation and connection.");
    assertThat(out).contains("acme.snack-before-calm v1: A snack came shortly before the child was calm. (events acme-1, a13)");
    assertThat(out).contains("kept untouched: [acme-1]");
    assertThat(out).contains("type acme.session, authorisation kept, snack break kept");
    assertThat(out).contains("Read back as ImmutableAcmeSession, equal to the original: true");
  }

  @Test
  void aVendorSessionReportsTheLibrarysViolationsAndItsOwnAtOnce() {
    org.holdspace.session.Session hardDay = org.holdspace.scenario.PublicScenario.HARD_DAY.session();
    org.holdspace.validation.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.holdspace.validation.ValidationException.class,
        () -> org.holdspace.examples.vendor.AcmeSession.builder().from(hardDay)
            .status(org.holdspace.session.SessionStatus.ENDED_EARLY).endReason(java.util.Optional.empty())
            .build());
    assertThat(e.has(org.holdspace.validation.CoreViolation.END_REASON_REQUIRED, "endReason")).isTrue();
    assertThat(e.has(org.holdspace.validation.CoreViolation.REQUIRED, "authorisation")).isTrue();
    assertThat(e.violations()).hasSize(2);
  }
}
