package dev.gloam.testkit.support;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The client side of {@code compress=zstd-stream}: one decompression context for the connection,
 * fed each binary message; the server flushes after every payload, so each message decompresses to
 * one whole payload.
 */
public final class ZstdStreamDecompressor implements AutoCloseable {
  private final ZstdDecompressCtx context = new ZstdDecompressCtx();
  private final ByteBuffer out = ByteBuffer.allocate(64 * 1024);

  /** Creates a decompressor at the start of a stream. */
  public ZstdStreamDecompressor() {}

  /**
   * Decompresses one message.
   *
   * @param message the binary message
   * @return the payload's text
   * @throws IllegalStateException if the bytes are not a valid continuation of the stream
   */
  public String push(byte[] message) {
    ByteBuffer in = ByteBuffer.wrap(message);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      // The decoder may hold output back until it is asked again with room to spare.
      do {
        out.clear();
        context.decompressByteBufferStream(out, in);
        out.flip();
        text.write(out.array(), out.arrayOffset(), out.limit());
      } while (in.hasRemaining() || out.limit() == out.capacity());
    } catch (ZstdException e) {
      throw new IllegalStateException("not a valid zstd stream: " + e.getMessage(), e);
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    context.close();
  }
}
