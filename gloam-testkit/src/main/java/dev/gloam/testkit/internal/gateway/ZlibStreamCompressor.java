package dev.gloam.testkit.internal.gateway;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * The {@code compress=zlib-stream} transport compression: one zlib stream for the whole connection,
 * flushed after every payload so each message ends with {@code 00 00 ff ff} and can be inflated as
 * soon as it arrives. Not thread-safe: the connection's send lock guards it.
 */
public final class ZlibStreamCompressor implements TransportCompressor {

  // zlib format (not nowrap): the stream starts with the two-byte zlib header, as Discord's does.
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, false);
  private byte[] buffer = new byte[8192];

  /** Creates a compressor with a fresh zlib stream. */
  public ZlibStreamCompressor() {}

  @Override
  public int compress(byte[] payload) {
    deflater.setInput(payload);
    int length = 0;
    while (true) {
      int room = buffer.length - length;
      int written = deflater.deflate(buffer, length, room, Deflater.SYNC_FLUSH);
      length += written;
      // A full buffer may mean more output is pending; anything less means the flush is done.
      if (written < room) {
        return length;
      }
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
  }

  @Override
  public byte[] output() {
    return buffer;
  }

  @Override
  public byte[] corruptFrame() {
    // A deflate block header with the reserved block type 3, then the sync flush suffix so that
    // clients which wait for it try to inflate at once.
    return new byte[] {0x07, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
  }

  @Override
  public void close() {
    deflater.end();
  }
}
