package dev.gloam.gateway;

/** Where a shard is in its connection's life. */
public enum ShardState {
  /** Not connected; the next pull connects. */
  DISCONNECTED,
  /** Connected and identifying; waiting for {@code READY}. */
  IDENTIFYING,
  /** {@code READY} received; events flow. */
  ACTIVE,
  /** Closed for good, by a fatal close code or by {@link Shard#close()}. */
  FATALLY_CLOSED
}
