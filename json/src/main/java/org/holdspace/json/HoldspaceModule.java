package org.holdspace.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.holdspace.code.Code;
import org.holdspace.timeline.Interval;

/**
 * The Jackson module for Holdspace's core types, in the manner of {@code jackson-datatype-jsr310}:
 * hand-written serializers and deserializers that build values through the core builders, with
 * no Jackson annotation on any core type.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new HoldspaceModule());
 * String json = mapper.writeValueAsString(Code.of("https://ehr.example/s", "x"));
 * Code back = mapper.readValue(json, Code.class);
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services}. This first version covers codes and intervals; the remaining core
 * types follow (see the project's open issues).
 */
public final class HoldspaceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with the default settings. */
  public HoldspaceModule() {
    super("HoldspaceModule", new Version(0, 1, 0, "SNAPSHOT", "org.holdspace", "holdspace-json"));
    addSerializer(Code.class, new CodeCodec.Writer());
    addDeserializer(Code.class, new CodeCodec.Reader());
    addSerializer(Interval.class, new IntervalCodec.Writer());
    addDeserializer(Interval.class, new IntervalCodec.Reader());
  }
}
