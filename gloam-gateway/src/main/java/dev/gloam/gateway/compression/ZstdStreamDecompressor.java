package dev.gloam.gateway.compression;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.nio.ByteBuffer;

/**
 * Decompresses the gateway's {@code zstd-stream} transport compression (events/gateway, "Transport
 * Compression") with the optional zstd-jni library.
 *
 * <p>The connection is one zstd frame that never ends, read by one decompression context. Discord
 * flushes the stream after every payload and sends each payload as one WebSocket message, so the
 * bytes decompressed from a whole message are exactly one payload. Bytes are decompressed as they
 * arrive, straight out of the given buffer when it is direct or backed by an array (the usual
 * case); the decoder is asked again until it has consumed all input and no longer fills the output,
 * since its return value does not say that a flushed block is done.
 *
 * <p>The context's native memory (the decoder's window, up to a few MiB depending on the stream) is
 * held until {@link #close()}. Get one with {@code Compression.ZSTD_STREAM.newDecompressor()},
 * which checks first that zstd-jni is present. Not thread-safe.
 */
public final class ZstdStreamDecompressor implements Decompressor {
  private final ZstdDecompressCtx context;
  private final PayloadBuffer payload = new PayloadBuffer();
  // A view of the payload buffer's array, made again when the buffer replaces its array.
  private ByteBuffer output;
  private long compressedBytes;
  private long inflatedBytes;
  private boolean broken;
  private boolean closed;

  /**
   * Creates the decompressor of a new connection; see {@link Compression#newDecompressor()}.
   *
   * @throws LinkageError if zstd-jni or its native code is missing
   */
  ZstdStreamDecompressor() {
    context = new ZstdDecompressCtx();
  }

  @Override
  public byte[] push(ByteBuffer data, boolean endOfMessage) {
    if (closed) {
      throw new IllegalStateException("the decompressor is closed");
    }
    if (broken) {
      throw new CompressionException("the zstd stream failed earlier; restart the connection");
    }
    compressedBytes += data.remaining();
    if (data.hasRemaining()) {
      decompress(readable(data));
    }
    if (!endOfMessage || payload.size() == 0) {
      return null;
    }
    byte[] bytes = payload.take();
    if (output != null && output.array() != payload.array()) {
      output = null; // let the big array of a big payload go
    }
    inflatedBytes += bytes.length;
    return bytes;
  }

  // zstd-jni reads direct and array-backed buffers in place; any other (a read-only heap buffer) is
  // copied.
  private static ByteBuffer readable(ByteBuffer data) {
    if (data.isDirect() || data.hasArray()) {
      return data;
    }
    byte[] copy = new byte[data.remaining()];
    data.get(copy);
    return ByteBuffer.wrap(copy);
  }

  private void decompress(ByteBuffer input) {
    int start = input.position();
    int length = input.remaining();
    int sizeBefore = payload.size();
    try {
      while (true) {
        if (payload.room() == 0) {
          payload.grow(payload.estimate(sizeBefore, input.position() - start, length));
        }
        ByteBuffer out = outputView();
        int before = input.position();
        context.decompressByteBufferStream(out, input);
        int produced = out.position() - payload.size();
        payload.size(out.position());
        if (out.hasRemaining()) {
          // Room was left, so the decoder wrote all it could from the input it took.
          if (!input.hasRemaining()) {
            break;
          }
          if (produced == 0 && input.position() == before) {
            broken = true;
            throw new CompressionException("the zstd stream makes no progress");
          }
        }
      }
    } catch (ZstdException e) {
      broken = true;
      throw new CompressionException("the zstd stream is corrupt: " + e.getMessage(), e);
    }
  }

  private ByteBuffer outputView() {
    byte[] array = payload.array();
    if (output == null || output.array() != array) {
      output = ByteBuffer.wrap(array);
    }
    output.limit(array.length).position(payload.size());
    return output;
  }

  @Override
  public long compressedBytes() {
    return compressedBytes;
  }

  @Override
  public long inflatedBytes() {
    return inflatedBytes;
  }

  /** The capacity of the payload buffer, for tests. */
  int bufferCapacity() {
    return payload.capacity();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      context.close();
      payload.release();
      output = null;
    }
  }

  @Override
  public String toString() {
    return "ZstdStreamDecompressor[compressedBytes="
        + compressedBytes
        + ", inflatedBytes="
        + inflatedBytes
        + (closed ? ", closed" : broken ? ", broken" : "")
        + "]";
  }
}
