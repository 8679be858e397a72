package dev.gloam.cache.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.GatewayException;
import dev.gloam.gateway.Shard;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.testkit.OfflineDiscord;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension, registered as a static field: a real shard connected to the testkit, whose
 * every event a background virtual thread applies to the current cache. A test scripts a dispatch
 * with {@link #send}, which returns once the cache has applied it, so what the test reads next
 * reflects it.
 */
final class ShardFeed implements BeforeAllCallback, AfterAllCallback {
  static final Intents INTENTS =
      Intents.GUILDS.with(
          Intents.GUILD_MEMBERS,
          Intents.GUILD_MODERATION,
          Intents.GUILD_EXPRESSIONS,
          Intents.GUILD_INTEGRATIONS,
          Intents.GUILD_VOICE_STATES,
          Intents.GUILD_PRESENCES,
          Intents.GUILD_MESSAGES,
          Intents.GUILD_MESSAGE_REACTIONS,
          Intents.DIRECT_MESSAGES,
          Intents.DIRECT_MESSAGE_REACTIONS,
          Intents.MESSAGE_CONTENT,
          Intents.GUILD_SCHEDULED_EVENTS);

  private final AtomicReference<InMemoryCache> cache =
      new AtomicReference<>(InMemoryCache.create());
  private final BlockingQueue<Event> applied = new LinkedBlockingQueue<>();
  private OfflineDiscord discord;
  private Shard shard;
  private Thread pump;

  /**
   * Starts a testkit and a shard on it, and waits until the shard's READY and the GUILD_CREATE of
   * the testkit's own guild were applied, so that a test's first {@link #send} waits for its own.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    discord = OfflineDiscord.start();
    shard =
        Shard.create(
            ShardId.ONE,
            Config.builder(discord.botToken(), INTENTS).gatewayUrl(discord.gatewayUrl()).build());
    pump =
        Thread.ofVirtual()
            .name("cache-feed")
            .start(
                () -> {
                  try {
                    for (Event event : shard.events(EventTypeFlags.all())) {
                      cache.get().update(event);
                      applied.add(event);
                    }
                  } catch (GatewayException closed) {
                    // The shard was closed at the end of the test class.
                  }
                });
    awaitApplied(EventType.READY);
    awaitApplied(EventType.GUILD_CREATE);
  }

  /** Starts over with a new, empty cache; later events go to it. */
  InMemoryCache fresh(InMemoryCache.Builder builder) {
    InMemoryCache next = builder.build();
    cache.set(next);
    return next;
  }

  InMemoryCache fresh() {
    return fresh(InMemoryCache.builder());
  }

  /** Sends a dispatch to the shard and returns it once the cache has applied it. */
  Event send(String eventName, String dataJson) {
    int reached = discord.dispatchToShard(0, eventName, dataJson);
    assertThat(reached).as("sessions that got " + eventName).isEqualTo(1);
    return awaitApplied(EventType.ofDispatch(eventName));
  }

  /** Waits (at most 30 s) until an event of a type has been applied; earlier ones are passed. */
  Event awaitApplied(EventType type) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      long left = deadline - System.nanoTime();
      Event event;
      try {
        event = left <= 0 ? null : applied.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + type, e);
      }
      if (event == null) {
        throw new AssertionError("no " + type + " within 30 s; shard " + shard.stats());
      }
      if (event.kind().equals(type)) {
        return event;
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      shard.close();
      pump.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      discord.close();
    }
  }
}
