package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.GatewayException;
import dev.gloam.gateway.Shard;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildRoleCreate;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.OfflineDiscord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Four shards update one cache at once while virtual threads read it: every shard's guilds end up
 * exactly as its events left them, users shared by guilds of different shards are counted right,
 * and no reader ever sees a form under the wrong key or waits for an update.
 */
class ConcurrentUpdatesTest {
  static final int SHARDS = 4;
  static final int GUILDS_PER_SHARD = 25;
  static final int USERS = 120;
  static final int CHURN_PER_SHARD = 1500;
  static final int READERS = 8;

  @Test
  void severalShardsUpdateWhileReadersRead() throws Exception {
    InMemoryCache cache = InMemoryCache.create();
    List<Thread> threads = new ArrayList<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(SHARDS);
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    List<Shard> shards = new ArrayList<>();
    try (OfflineDiscord discord =
            OfflineDiscord.builder().identifyConcurrency(SHARDS, Duration.ofMillis(100)).start();
        InMemoryIdentifyQueue queue =
            InMemoryIdentifyQueue.builder()
                .maxConcurrency(SHARDS)
                .interval(Duration.ofMillis(150))
                .build()) {
      for (int i = 0; i < SHARDS; i++) {
        Shard shard =
            Shard.create(
                new ShardId(i, SHARDS),
                Config.builder(discord.botToken(), ShardFeed.INTENTS)
                    .gatewayUrl(discord.gatewayUrl())
                    .identifyQueue(queue)
                    .build());
        shards.add(shard);
        // Each shard's events are applied on its own thread, as a bot with several shards does;
        // a GUILD_ROLE_CREATE marks the end of its script.
        threads.add(
            Thread.ofVirtual()
                .start(
                    () -> {
                      try {
                        for (Event event : shard.events(EventTypeFlags.all())) {
                          cache.update(event);
                          if (event instanceof GuildRoleCreate) {
                            done.countDown();
                          }
                        }
                      } catch (GatewayException closed) {
                        // Closed at the end of the test.
                      } catch (Throwable t) {
                        failures.add(t);
                      }
                    }));
      }
      discord.awaitSessions(SHARDS, Duration.ofSeconds(30));

      for (int r = 0; r < READERS; r++) {
        int seed = r;
        threads.add(Thread.ofVirtual().start(() -> read(cache, seed, reading, reads, failures)));
      }

      // The expected membership of every guild, built as the scripts are sent.
      Map<Long, Set<Long>> expected = new HashMap<>();
      List<Thread> senders = new ArrayList<>();
      for (int s = 0; s < SHARDS; s++) {
        int shardId = s;
        Map<Long, Set<Long>> mine = new HashMap<>();
        for (int g = 0; g < GUILDS_PER_SHARD; g++) {
          mine.put(guildId(shardId, g), new HashSet<>());
        }
        expected.putAll(mine);
        senders.add(
            Thread.ofVirtual()
                .start(() -> script(discord, shardId, mine, new Random(shardId), failures)));
      }
      for (Thread sender : senders) {
        sender.join(TimeUnit.SECONDS.toMillis(60));
      }
      boolean allApplied;
      try {
        allApplied = done.await(60, TimeUnit.SECONDS);
      } finally {
        reading.set(false);
        for (Shard shard : shards) {
          shard.close();
        }
        for (Thread thread : threads) {
          thread.join(TimeUnit.SECONDS.toMillis(30));
        }
      }
      assertThat(allApplied).as("every shard's last event applied").isTrue();

      assertThat(failures).isEmpty();
      assertThat(reads.get()).as("the readers read while the shards updated").isPositive();
      Map<Long, Integer> guildsOfUser = new HashMap<>();
      for (var guild : expected.entrySet()) {
        Set<Long> members = new HashSet<>();
        for (CachedMember member : cache.members(Id.of(guild.getKey()))) {
          members.add(member.userId());
        }
        assertThat(members).as("members of guild " + guild.getKey()).isEqualTo(guild.getValue());
        guild.getValue().forEach(user -> guildsOfUser.merge(user, 1, Integer::sum));
      }
      for (long user = 1; user <= USERS; user++) {
        assertThat(cache.userGuildCount(Id.of(user)))
            .as("guilds of user " + user)
            .isEqualTo(guildsOfUser.getOrDefault(user, 0));
      }
      // Besides the scripted guilds, shard 0 got the testkit's own guild with its bot and human.
      int testkitUsers = cache.members(Id.of(discord.guildId())).size();
      assertThat(testkitUsers).isEqualTo(2);
      assertThat(cache.stats().users()).isEqualTo(guildsOfUser.size() + testkitUsers);
      assertThat(cache.stats().guilds()).isEqualTo(SHARDS * GUILDS_PER_SHARD + 1);
    }
  }

  /** Guild ids whose shard (id >> 22 % shards) is the wanted one, as Discord routes them. */
  static long guildId(int shard, int index) {
    return ((long) (1000 + index * SHARDS + shard) << 22) | index;
  }

  private static void script(
      OfflineDiscord discord,
      int shard,
      Map<Long, Set<Long>> members,
      Random random,
      ConcurrentLinkedQueue<Throwable> failures) {
    try {
      for (var guild : members.entrySet()) {
        GuildParts parts = new GuildParts(guild.getKey(), 1, 0);
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
          long user = 1 + random.nextInt(USERS);
          if (guild.getValue().add(user)) {
            listed.add(member(user, "u" + user));
          }
        }
        parts.members = String.join(",", listed);
        discord.dispatchToShard(shard, "GUILD_CREATE", guild(parts));
      }
      List<Long> guilds = new ArrayList<>(members.keySet());
      for (int i = 0; i < CHURN_PER_SHARD; i++) {
        long guildId = guilds.get(random.nextInt(guilds.size()));
        long user = 1 + random.nextInt(USERS);
        Set<Long> set = members.get(guildId);
        if (set.remove(user)) {
          discord.dispatchToShard(
              shard,
              "GUILD_MEMBER_REMOVE",
              "{\"guild_id\":\"%d\",\"user\":%s}".formatted(guildId, user(user, "u" + user)));
        } else {
          set.add(user);
          String member = member(user, "u" + user);
          discord.dispatchToShard(
              shard,
              "GUILD_MEMBER_ADD",
              member.substring(0, member.length() - 1) + ",\"guild_id\":\"" + guildId + "\"}");
        }
      }
      long last = guilds.get(0);
      discord.dispatchToShard(
          shard,
          "GUILD_ROLE_CREATE",
          "{\"guild_id\":\"%d\",\"role\":%s}"
              .formatted(last, Payloads.role(last + 1, "end", 0, 1)));
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  private static void read(
      InMemoryCache cache,
      int seed,
      AtomicBoolean reading,
      AtomicLong reads,
      ConcurrentLinkedQueue<Throwable> failures) {
    Random random = new Random(seed);
    try {
      while (reading.get()) {
        long guildId = guildId(random.nextInt(SHARDS), random.nextInt(GUILDS_PER_SHARD));
        for (CachedMember member : cache.members(Id.of(guildId))) {
          assertThat(member.userId()).isBetween(1L, (long) USERS);
        }
        long user = 1 + random.nextInt(USERS);
        cache
            .member(Id.of(guildId), Id.of(user))
            .ifPresent(m -> assertThat(m.userId()).isEqualTo(user));
        cache.user(Id.of(user)).ifPresent(u -> assertThat(u.id()).isEqualTo(user));
        cache.stats();
        reads.incrementAndGet();
        // Virtual threads are not preempted: a reader that never blocks would keep the shards'
        // own virtual threads off the two carriers of this machine.
        Thread.sleep(0, 200_000);
      }
    } catch (Throwable t) {
      failures.add(t);
    }
  }
}
