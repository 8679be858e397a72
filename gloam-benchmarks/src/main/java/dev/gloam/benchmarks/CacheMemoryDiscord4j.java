package dev.gloam.benchmarks;

import discord4j.common.store.Store;
import discord4j.common.store.action.read.ReadActions;
import discord4j.common.store.api.StoreAction;
import discord4j.core.DiscordClient;
import discord4j.core.GatewayDiscordClient;
import discord4j.gateway.intent.Intent;
import discord4j.gateway.intent.IntentSet;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Discord4J 3.3.1 for {@link CacheMemory}: its default store (the in-memory one it builds when none
 * is set), its default member request filter and {@code large_threshold} (250), the intents of the
 * harness; the REST base URL is pointed at the testkit, which tells it the gateway URL. Counts come
 * from the store's own count actions.
 */
final class CacheMemoryDiscord4j implements CacheMemoryChild.Client {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final CacheMemoryChild.Target target;
  private volatile GatewayDiscordClient gateway;

  CacheMemoryDiscord4j(CacheMemoryChild.Target target) {
    this.target = target;
  }

  @Override
  public void start() {
    String restUrl = target.restUrl().toString();
    DiscordClient client = Discord4jAtTestkit.client(target.token(), restUrl);
    // Completes once the shard is connected; the guilds keep arriving after that.
    gateway =
        client
            .gateway()
            .setEnabledIntents(
                IntentSet.of(
                    Intent.GUILDS,
                    Intent.GUILD_MEMBERS,
                    Intent.GUILD_EMOJIS_AND_STICKERS,
                    Intent.GUILD_VOICE_STATES,
                    Intent.GUILD_PRESENCES))
            .login()
            .block(TIMEOUT);
  }

  @Override
  public CacheMemoryChild.Counts counts() {
    GatewayDiscordClient current = gateway;
    if (current == null) {
      return new CacheMemoryChild.Counts(0, 0, 0, 0);
    }
    Store store = current.getGatewayResources().getStore();
    return new CacheMemoryChild.Counts(
        count(store, ReadActions.countGuilds()),
        count(store, ReadActions.countMembers()),
        count(store, ReadActions.countPresences()),
        count(store, ReadActions.countUsers()));
  }

  private static long count(Store store, StoreAction<Long> action) {
    Long count = Mono.from(store.execute(action)).block(TIMEOUT);
    return count == null ? 0 : count;
  }

  @Override
  public String notes() {
    return "default store and member request filter, large_threshold 250 (its default)";
  }

  @Override
  public void close() {
    GatewayDiscordClient current = gateway;
    if (current != null) {
      try {
        current.logout().block(Duration.ofSeconds(10));
      } catch (RuntimeException e) {
        // Discord4J 3.3.1 may fail its own close on loopback (see Discord4jInteropTest).
      }
    }
  }
}
