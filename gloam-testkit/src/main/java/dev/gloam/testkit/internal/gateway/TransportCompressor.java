package dev.gloam.testkit.internal.gateway;

/**
 * A transport compression of the gateway ({@code events/gateway.mdx}, "Transport Compression"): one
 * stream for the whole connection, flushed after every payload so each binary message can be
 * decompressed as soon as it arrives. Not thread-safe: only the connection's writer uses it.
 */
public interface TransportCompressor extends AutoCloseable {

  /**
   * Compresses one payload onto the stream.
   *
   * @param text the JSON payload
   * @return the bytes to send as one binary message
   */
  byte[] compress(String text);

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
