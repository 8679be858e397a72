package dev.gloam.gateway.compression;

import java.nio.ByteBuffer;

/**
 * The decompression state of one gateway connection: every binary WebSocket message the connection
 * receives goes through it, in order, and complete gateway payloads come out.
 *
 * <p>Discord compresses a whole connection as one stream, so a decompressor belongs to exactly one
 * connection and must see all of its bytes; a new connection (including a resume) needs a new one
 * from {@link Compression#newDecompressor()}. Not thread-safe: the connection's reader calls {@link
 * #push(ByteBuffer, boolean)}, and {@link #close()} must not run at the same time.
 *
 * <pre>{@code
 * try (Decompressor decompressor = Compression.preferred().newDecompressor()) {
 *   // in WebSocket.Listener.onBinary(webSocket, data, last):
 *   byte[] json = decompressor.push(data, last);
 *   if (json != null) {
 *     handle(new String(json, StandardCharsets.UTF_8));
 *   }
 * }
 * }</pre>
 */
public sealed interface Decompressor extends AutoCloseable
    permits ZlibStreamInflater, ZstdStreamDecompressor {

  /**
   * Adds received bytes: all or part of one binary WebSocket message. The bytes are consumed before
   * this method returns, so the caller may reuse {@code data} afterwards; the call never blocks.
   *
   * @param data the bytes, from its position to its limit; the position is advanced past them
   * @param endOfMessage whether these bytes end the WebSocket message (the listener's {@code last}
   *     flag)
   * @return the UTF-8 bytes of a gateway payload that these bytes completed, in a new array the
   *     caller owns; {@code null} if no payload is complete yet
   * @throws CompressionException if the bytes do not continue the compressed stream; the
   *     decompressor then stays broken and the connection must be restarted
   * @throws IllegalStateException if the decompressor is closed
   */
  byte[] push(ByteBuffer data, boolean endOfMessage);

  /**
   * Returns how many compressed bytes were pushed so far.
   *
   * @return the total of the bytes given to {@link #push(ByteBuffer, boolean)}
   */
  long compressedBytes();

  /**
   * Returns how many payload bytes were handed out so far.
   *
   * @return the total length of the payloads {@link #push(ByteBuffer, boolean)} returned
   */
  long inflatedBytes();

  /**
   * Frees the decompressor's native memory and buffers. Calling it again does nothing; after it,
   * {@link #push(ByteBuffer, boolean)} fails.
   */
  @Override
  void close();
}
