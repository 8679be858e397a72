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
  requires java.net.http;
  requires org.slf4j;

  exports dev.gloam.gateway;
  exports dev.gloam.gateway.compression;
}
