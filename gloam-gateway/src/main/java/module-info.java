/**
 * gloam's gateway client: shards that connect to Discord's gateway, keep the connection alive and
 * yield typed events.
 *
 * <pre>{@code
 * try (Shard shard = Shard.create(ShardId.ONE, token, Intents.GUILD_MESSAGES)) {
 *   for (Event event : shard.events(EventTypeFlags.all())) { ... }
 * }
 * }</pre>
 */
module dev.gloam.gateway {
  requires transitive dev.gloam.model;
  requires transitive dev.gloam.gateway.queue;
  requires transitive java.net.http;
  requires org.slf4j;
  requires static com.github.luben.zstd_jni;

  exports dev.gloam.gateway;
  exports dev.gloam.gateway.compression;
}
