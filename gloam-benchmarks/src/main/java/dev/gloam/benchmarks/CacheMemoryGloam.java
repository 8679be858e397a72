package dev.gloam.benchmarks;

import dev.gloam.cache.inmemory.CacheStats;
import dev.gloam.cache.inmemory.InMemoryCache;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.gateway.compression.Compression;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import java.time.Duration;

/**
 * gloam for {@link CacheMemory}: a {@link Shard} with the intents of the harness, {@code
 * large_threshold} 250 and zlib-stream, pulled on one platform thread that feeds every event to an
 * {@link InMemoryCache} with its defaults. Counts come from {@link InMemoryCache#stats()}.
 */
final class CacheMemoryGloam implements CacheMemoryChild.Client {

  private final CacheMemoryChild.Target target;
  private final InMemoryCache cache = InMemoryCache.builder().build();
  private Shard shard;
  private Thread feeder;

  CacheMemoryGloam(CacheMemoryChild.Target target) {
    this.target = target;
  }

  @Override
  public void start() {
    Config config =
        Config.builder(target.token(), Intents.of(CacheMemory.INTENTS))
            .gatewayUrl(target.gatewayUrl())
            .compression(Compression.ZLIB_STREAM)
            .largeThreshold(250)
            .build();
    shard = Shard.create(ShardId.ONE, config);
    feeder =
        Thread.ofPlatform()
            .name("cache-memory-feed")
            .start(
                () -> {
                  for (Event event : shard.events(EventTypeFlags.all())) {
                    cache.update(event);
                  }
                });
  }

  @Override
  public CacheMemoryChild.Counts counts() {
    CacheStats stats = cache.stats();
    return new CacheMemoryChild.Counts(
        stats.guilds(), stats.members(), stats.presences(), stats.users());
  }

  @Override
  public String notes() {
    return "large_threshold 250, InMemoryCache.builder().build() (defaults)";
  }

  @Override
  public void close() {
    if (shard != null) {
      shard.close();
    }
    if (feeder != null) {
      try {
        feeder.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
