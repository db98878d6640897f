package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.holdspace.session.EventKind;
import org.junit.jupiter.api.Test;

/** The FHIR module maps every event kind of the library, each exactly once. */
class EventKindCoverageTest {

  @Test
  void everyKindHasOneMapping() {
    List<EventMapping<?>> mappings = HoldspaceFhir.Builder.libraryMappings();
    for (EventKind kind : EventKind.values()) {
      assertThat(mappings.stream().filter(m -> m.type == kind.type())).as(kind.name()).hasSize(1);
    }
    assertThat(mappings).hasSize(EventKind.values().length);
  }
}
