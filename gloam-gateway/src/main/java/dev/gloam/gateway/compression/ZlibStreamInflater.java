package dev.gloam.gateway.compression;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates the gateway's {@code zlib-stream} transport compression (events/gateway, "Transport
 * Compression").
 *
 * <p>The whole connection is one zlib stream: one {@link Inflater} must see every byte in order,
 * and a payload is complete when the bytes received end with zlib's sync-flush marker {@code 00 00
 * ff ff}. A payload may span several WebSocket frames. Use one instance per connection; it is not
 * thread-safe.
 *
 * <pre>{@code
 * ZlibStreamInflater inflater = new ZlibStreamInflater();
 * Optional<String> payload = inflater.push(frameBytes);   // empty until a payload is complete
 * }</pre>
 */
public final class ZlibStreamInflater implements AutoCloseable {
  private static final int SUFFIX = 0x0000FFFF;

  private final Inflater inflater = new Inflater();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[32 * 1024];
  private final ByteArrayOutputStream inflated = new ByteArrayOutputStream();

  /** Creates an inflater for a new connection. */
  public ZlibStreamInflater() {}

  /**
   * Adds bytes received from the connection.
   *
   * @param data the bytes of one WebSocket frame (or part of one)
   * @return the decompressed payload if these bytes completed one, else empty
   * @throws CompressionException if the bytes are not a valid zlib stream
   */
  public Optional<String> push(ByteBuffer data) {
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    pending.write(bytes, 0, bytes.length);
    if (!endsWithSuffix(bytes)) {
      return Optional.empty();
    }
    inflater.setInput(pending.toByteArray());
    pending.reset();
    inflated.reset();
    try {
      int n;
      while ((n = inflater.inflate(chunk)) > 0) {
        inflated.write(chunk, 0, n);
      }
    } catch (DataFormatException e) {
      throw new CompressionException("the zlib-stream is corrupt: " + e.getMessage(), e);
    }
    return Optional.of(inflated.toString(StandardCharsets.UTF_8));
  }

  private boolean endsWithSuffix(byte[] latest) {
    // The marker may straddle two frames; only then is the slower copy of the pending bytes needed.
    byte[] tail = latest.length >= 4 ? latest : pending.toByteArray();
    int size = tail.length;
    if (size < 4) {
      return false;
    }
    int last4 =
        ((tail[size - 4] & 0xFF) << 24)
            | ((tail[size - 3] & 0xFF) << 16)
            | ((tail[size - 2] & 0xFF) << 8)
            | (tail[size - 1] & 0xFF);
    return last4 == SUFFIX;
  }

  /** Releases the inflater's native memory. */
  @Override
  public void close() {
    inflater.end();
  }
}
