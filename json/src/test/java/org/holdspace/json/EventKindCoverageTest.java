package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.holdspace.session.EventKind;
import org.junit.jupiter.api.Test;

/** The JSON module has one codec for every event kind of the library, each under its own wire name. */
class EventKindCoverageTest {

  @Test
  void everyKindHasOneCodec() {
    Set<String> names = new HashSet<>();
    for (EventKind kind : EventKind.values()) {
      EventKindCodec<?> codec = LibraryEventCodecs.of(kind.type());
      assertThat(codec).as(kind.name()).isNotNull();
      assertThat(names.add(codec.typeName())).as(codec.typeName()).isTrue();
      assertThat(LibraryEventCodecs.named(codec.typeName())).isSameAs(codec);
      assertThat(LibraryTypes.isKind(kind.type())).isTrue();
    }
    assertThat(LibraryEventCodecs.ALL).hasSize(EventKind.values().length);
  }
}
