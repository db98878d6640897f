package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;

/**
 * A coder over Holdspace's JSON wire format: each value as its length (a variable-length int) and
 * its UTF-8 JSON document, so that what crosses a shuffle is the documented format, vendor fields
 * included when the {@link HoldspaceJson} has their codecs. The reader is made once per worker
 * from a {@link PerWorker} recipe.
 *
 * @param <T> the type
 */
abstract class JsonCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BYTES = 64 << 20;

  private final PerWorker<HoldspaceJson> recipe;
  private transient volatile HoldspaceJson json;

  JsonCoder(PerWorker<HoldspaceJson> recipe) {
    this.recipe = recipe;
  }

  final HoldspaceJson json() {
    HoldspaceJson j = json;
    if (j == null) {
      j = recipe.create();
      json = j;
    }
    return j;
  }

  abstract byte[] write(T value) throws HoldspaceJsonException;

  abstract T read(byte[] bytes) throws HoldspaceJsonException;

  @Override
  public final void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode null");
    }
    byte[] bytes = write(value);
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  @Override
  public final T decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    if (length < 0 || length > MAX_BYTES) {
      throw new CoderException("bad length");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new CoderException("the stream ended inside a value");
    }
    try {
      return read(bytes);
    } catch (HoldspaceJsonException e) { // its message names the problem and pointer, never the value
      throw new CoderException(e.getMessage());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((JsonCoder<?>) other).recipe.equals(recipe);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode() * 31 + recipe.hashCode();
  }
}
