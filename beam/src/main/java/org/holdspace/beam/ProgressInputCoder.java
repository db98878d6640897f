package org.holdspace.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.holdspace.progress.ProgressInput;

/**
 * {@link ProgressInput}s in their compact binary form ({@link ProgressInput#writeTo}): what
 * {@link ProgressPerChild} moves to where a child's sessions meet, a few dozen bytes besides the
 * ids and support codes, instead of the whole session.
 *
 * <pre>{@code
 * org.apache.beam.sdk.coders.Coder<KV<String, ProgressInput>> byChild = org.apache.beam.sdk.coders.KvCoder.of(
 *     org.apache.beam.sdk.coders.StringUtf8Coder.of(), ProgressInputCoder.of());
 * }</pre>
 */
public final class ProgressInputCoder extends CustomCoder<ProgressInput> {
  private static final long serialVersionUID = 1L;
  private static final ProgressInputCoder INSTANCE = new ProgressInputCoder();

  private ProgressInputCoder() {}

  /** {@return the coder} */
  public static ProgressInputCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ProgressInput value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode null");
    }
    // not closed: the stream is the runner's
    DataOutputStream data = new DataOutputStream(out);
    value.writeTo(data);
    data.flush();
  }

  @Override
  public ProgressInput decode(InputStream in) throws IOException {
    try {
      return ProgressInput.readFrom(new DataInputStream(in));
    } catch (java.io.EOFException e) {
      throw new CoderException("the stream ended inside a ProgressInput");
    } catch (java.io.StreamCorruptedException e) { // names the part, never the data
      throw new CoderException(e.getMessage());
    }
  }

  @Override
  public void verifyDeterministic() {}

  private Object readResolve() {
    return INSTANCE;
  }
}
