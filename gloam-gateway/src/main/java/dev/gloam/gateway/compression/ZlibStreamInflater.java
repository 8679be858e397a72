package dev.gloam.gateway.compression;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses the gateway's {@code zlib-stream} transport compression (events/gateway, "Transport
 * Compression").
 *
 * <p>The connection is one zlib stream, read by one {@link Inflater} from the first byte to the
 * last. Discord flushes the stream after every payload, so the bytes of a payload end with the
 * four-byte sync-flush marker {@code 00 00 ff ff}. Bytes are inflated as they arrive (the inflater
 * reads them straight out of the given buffer, without copying), and a payload is handed out when a
 * WebSocket message ends and the bytes received so far end with that marker. The marker may be
 * split across fragments and messages, and a payload may span several messages.
 *
 * <p>Get one with {@code Compression.ZLIB_STREAM.newDecompressor()}. Not thread-safe.
 */
public final class ZlibStreamInflater implements Decompressor {
  private static final int SYNC_FLUSH_MARKER = 0x0000FFFF;
  private static final ByteBuffer NO_INPUT = ByteBuffer.allocate(0);

  private final Inflater inflater = new Inflater();
  private final PayloadBuffer payload = new PayloadBuffer();
  // The last four bytes received, oldest in the high byte, and how many of them are real (up to 4).
  private int tail;
  private int tailLength;
  private long compressedBytes;
  private long inflatedBytes;
  private boolean broken;
  private boolean closed;

  /** Creates the inflater of a new connection; see {@link Compression#newDecompressor()}. */
  ZlibStreamInflater() {}

  @Override
  public byte[] push(ByteBuffer data, boolean endOfMessage) {
    if (closed) {
      throw new IllegalStateException("the decompressor is closed");
    }
    if (broken) {
      throw new CompressionException("the zlib stream failed earlier; restart the connection");
    }
    int length = data.remaining();
    compressedBytes += length;
    if (length > 0) {
      remember(data);
      inflate(data);
    }
    if (!endOfMessage || tailLength < 4 || tail != SYNC_FLUSH_MARKER) {
      return null;
    }
    tailLength = 0;
    byte[] bytes = payload.take();
    inflatedBytes += bytes.length;
    return bytes;
  }

  private void remember(ByteBuffer data) {
    int limit = data.limit();
    for (int i = Math.max(data.position(), limit - 4); i < limit; i++) {
      tail = (tail << 8) | (data.get(i) & 0xFF);
    }
    tailLength = Math.min(4, tailLength + data.remaining());
  }

  private void inflate(ByteBuffer data) {
    int start = data.position();
    int length = data.remaining();
    int sizeBefore = payload.size();
    inflater.setInput(data);
    try {
      while (true) {
        if (payload.room() == 0) {
          payload.grow(payload.estimate(sizeBefore, data.position() - start, length));
        }
        int room = payload.room();
        int produced = inflater.inflate(payload.array(), payload.size(), room);
        payload.advance(produced);
        if (produced < room) {
          if (inflater.needsInput()) {
            break;
          }
          if (produced == 0) {
            stuck(data);
          }
        }
      }
    } catch (DataFormatException e) {
      broken = true;
      throw new CompressionException("the zlib stream is corrupt: " + e.getMessage(), e);
    } finally {
      // Drop the caller's buffer, which the WebSocket client reuses.
      inflater.setInput(NO_INPUT);
    }
  }

  // inflate() made no progress although it has input and room: the stream cannot go on.
  private void stuck(ByteBuffer data) {
    broken = true;
    if (inflater.needsDictionary()) {
      throw new CompressionException("the zlib stream asks for a preset dictionary");
    }
    if (inflater.finished()) {
      throw new CompressionException(
          "the zlib stream ended, but " + data.remaining() + " more bytes followed it");
    }
    throw new CompressionException("the zlib stream makes no progress");
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
      inflater.end();
      payload.release();
    }
  }

  @Override
  public String toString() {
    return "ZlibStreamInflater[compressedBytes="
        + compressedBytes
        + ", inflatedBytes="
        + inflatedBytes
        + (closed ? ", closed" : broken ? ", broken" : "")
        + "]";
  }
}
