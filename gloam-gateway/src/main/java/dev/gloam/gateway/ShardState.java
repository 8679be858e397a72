package dev.gloam.gateway;

/**
 * Where a shard is in its connection's life (events/gateway, "Connection Lifecycle"). A shard moves
 * between the first four states as it connects, loses and regains its connection; it ends in {@link
 * #FATALLY_CLOSED}.
 */
public enum ShardState {
  /** Not connected: not started yet, or waiting (with back-off) to reconnect. */
  DISCONNECTED,
  /** Connected and identifying: waiting for the identify queue or for {@code READY}. */
  IDENTIFYING,
  /** Connected and resuming a session: waiting for {@code RESUMED}. */
  RESUMING,
  /** {@code READY} or {@code RESUMED} arrived; events flow. */
  ACTIVE,
  /**
   * Closed for good: by a close code after which Discord forbids reconnecting (such as 4004, a
   * wrong token), or by {@link Shard#close()}.
   */
  FATALLY_CLOSED
}
