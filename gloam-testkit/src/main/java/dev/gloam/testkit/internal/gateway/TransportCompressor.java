package dev.gloam.testkit.internal.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A transport compression of the gateway ({@code events/gateway.mdx}, "Transport Compression"): one
 * stream for the whole connection, flushed after every payload so each binary message can be
 * decompressed as soon as it arrives. Not thread-safe: only the connection's writer uses it.
 */
public interface TransportCompressor extends AutoCloseable {

  /**
   * Compresses one payload onto the stream, into a buffer the compressor reuses, so that a busy
   * connection allocates nothing per payload.
   *
   * @param payload the UTF-8 JSON payload
   * @return how many bytes at the start of {@link #output()} make the binary message
   */
  int compress(byte[] payload);

  /**
   * Returns the buffer the last {@link #compress(byte[])} wrote to; valid until the next call.
   *
   * @return the buffer
   */
  byte[] output();

  /**
   * Compresses one payload onto the stream.
   *
   * @param text the JSON payload
   * @return the bytes to send as one binary message
   */
  default byte[] compress(String text) {
    int length = compress(text.getBytes(StandardCharsets.UTF_8));
    return Arrays.copyOf(output(), length);
  }

  /**
   * Returns bytes that a client decompressing this stream must reject: sent by the corrupt-frame
   * fault.
   *
   * @return a binary message that is not a valid continuation of the stream
   */
  byte[] corruptFrame();

  /** Frees the native state. */
  @Override
  void close();
}
