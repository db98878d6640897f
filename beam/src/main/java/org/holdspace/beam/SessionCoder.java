package org.holdspace.beam;

import java.util.Objects;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.session.Session;

/**
 * Sessions over Holdspace's JSON wire format, for every {@code PCollection<Session>}.
 *
 * <pre>{@code
 * enum AcmeJson implements PerWorker<HoldspaceJson> {   // a recipe with value equality
 *   INSTANCE;
 *   public HoldspaceJson create() {
 *     return HoldspaceJson.of(HoldspaceModule.builder().build());   // with the vendor's codecs added
 *   }
 * }
 * PCollection<Session> sessions = parsed.get(ParseSessions.SESSIONS);
 * sessions.setCoder(SessionCoder.of());                  // the library's types
 * sessions.setCoder(SessionCoder.of(AcmeJson.INSTANCE));  // a vendor's too
 * }</pre>
 */
public final class SessionCoder extends JsonCoder<Session> {
  private static final long serialVersionUID = 1L;
  private static final SessionCoder STANDARD = new SessionCoder(StandardJson.INSTANCE);

  private SessionCoder(PerWorker<HoldspaceJson> json) {
    super(json);
  }

  /** {@return the coder for the library's own session and event types} */
  public static SessionCoder of() {
    return STANDARD;
  }

  /**
   * The coder for sessions that the given JSON reader and writer handle (a vendor's codecs).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a coder
   */
  public static SessionCoder of(PerWorker<HoldspaceJson> json) {
    return new SessionCoder(Objects.requireNonNull(json, "json"));
  }

  @Override
  byte[] write(Session value) throws HoldspaceJsonException {
    return json().writeSession(value);
  }

  @Override
  Session read(byte[] bytes) throws HoldspaceJsonException {
    return json().readSession(bytes);
  }
}
