package dev.gloam.testkit.internal.gateway;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code compress=zstd-stream} transport compression: one zstd stream for the whole connection,
 * flushed after every payload so that each binary message holds whole blocks and can be
 * decompressed as soon as it arrives. Needs the optional zstd-jni library; see {@link
 * #isAvailable()}. Not thread-safe: the connection's send lock guards it.
 */
public final class ZstdStreamCompressor implements TransportCompressor {
  private static final boolean AVAILABLE = probe();

  private final Sink sink = new Sink();
  private final ZstdOutputStream zstd;

  /** Creates a compressor with a fresh zstd stream. */
  public ZstdStreamCompressor() {
    try {
      zstd = new ZstdOutputStream(sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a zstd stream", e);
    }
  }

  /**
   * Tells whether zstd-jni and its native code can be loaded here.
   *
   * @return true if {@code compress=zstd-stream} can be served
   */
  public static boolean isAvailable() {
    return AVAILABLE;
  }

  // zstd-jni is optional: without it on the path, or without native code for this platform, the
  // testkit serves zlib-stream and plain JSON only.
  private static boolean probe() {
    try {
      Class.forName("com.github.luben.zstd.util.Native").getMethod("load").invoke(null);
      return true;
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }

  @Override
  public int compress(byte[] payload) {
    sink.reset();
    try {
      zstd.write(payload);
      zstd.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("zstd compression failed", e);
    }
    return sink.size();
  }

  @Override
  public byte[] output() {
    return sink.buffer();
  }

  /** The stream's output, read in place instead of copied out for every message. */
  private static final class Sink extends ByteArrayOutputStream {
    byte[] buffer() {
      return buf;
    }
  }

  @Override
  public byte[] corruptFrame() {
    // A block header of the reserved block type 3 in the middle of the frame: no decoder accepts
    // it.
    return new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00};
  }

  @Override
  public void close() {
    try {
      zstd.close();
    } catch (IOException e) {
      // Nothing is left to send on a closing connection.
    }
  }
}
