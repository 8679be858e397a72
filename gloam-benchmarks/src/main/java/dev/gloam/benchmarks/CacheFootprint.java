package dev.gloam.benchmarks;

import dev.gloam.cache.inmemory.InMemoryCache;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.json.GatewayEventParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each resource costs in gloam's cache in its standard forms: the retained heap of a cache
 * filled with many of one kind, divided by their number. Offline and in one JVM: the events are
 * parsed first, applied, then dropped, so only what the cache keeps is counted.
 *
 * <pre>{@code
 * java -Xmx2g -cp "$(cat gloam-benchmarks/target/classpath.txt):gloam-benchmarks/target/classes" \
 *     dev.gloam.benchmarks.CacheFootprint
 * }</pre>
 */
public final class CacheFootprint {
  private static final int GUILDS = 1_000;
  private static final int MEMBERS_PER_GUILD = 100;
  private static final int CHANNELS = 1_000;
  private static final int MESSAGES_PER_CHANNEL = 100;
  private static final String TIME = "2026-11-01T10:00:00.000000+00:00";
  // Held here so that the JIT cannot decide the cache is dead before it is measured.
  private static volatile InMemoryCache held;

  private CacheFootprint() {}

  /**
   * Prints the bytes per guild, per member (with its user), per membership of an already cached
   * user, per presence and per message.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long emptyGuilds = retained(() -> guilds(0, false, false));
    long members = retained(() -> guilds(MEMBERS_PER_GUILD, false, false));
    long sharedUsers = retained(() -> guilds(MEMBERS_PER_GUILD, true, false));
    long presences = retained(() -> guilds(MEMBERS_PER_GUILD, false, true));
    long messages = retained(CacheFootprint::messages);
    double memberCount = (double) GUILDS * MEMBERS_PER_GUILD;
    System.out.printf("| resource (standard form) | bytes each |%n|---|---:|%n");
    System.out.printf(
        "| guild (settings, @everyone role, its maps, no members) | %.0f |%n",
        (double) emptyGuilds / GUILDS);
    System.out.printf(
        "| member with its own user (2 roles, username of 10 characters) | %.0f |%n",
        (members - emptyGuilds) / memberCount);
    System.out.printf(
        "| member whose user is already cached from another guild | %.0f |%n",
        (sharedUsers - emptyGuilds) / memberCount);
    System.out.printf(
        "| presence (online, one activity) | %.0f |%n", (presences - members) / memberCount);
    System.out.printf(
        "| message (64 characters of text, no embeds, in a channel's ring) | %.0f |%n",
        (double) messages / (CHANNELS * MESSAGES_PER_CHANNEL));
  }

  // Applies the events to a new cache and returns the heap it retains: the heap with the cache
  // (the events dropped) less the heap once the cache is dropped too.
  private static long retained(Supplier<List<String>> payloads) {
    List<Event> events = new ArrayList<>();
    for (String payload : payloads.get()) {
      events.add(GatewayEventParser.parse(payload, EventTypeFlags.all()).orElseThrow());
    }
    InMemoryCache cache = InMemoryCache.builder().messagesPerChannel(MESSAGES_PER_CHANNEL).build();
    events.forEach(cache::update);
    events.clear();
    held = cache;
    cache = null;
    long withCache = usedAfterGc();
    held = null;
    return withCache - usedAfterGc();
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static List<String> guilds(int members, boolean sameUsers, boolean online) {
    List<String> payloads = new ArrayList<>();
    long user = 1_000_000;
    for (int g = 0; g < GUILDS; g++) {
      long guild = 100_000_000_000L + g * 1_000L;
      StringBuilder listed = new StringBuilder();
      StringBuilder presences = new StringBuilder();
      for (int m = 0; m < members; m++) {
        long id = sameUsers ? 1_000_000 + m : user++;
        String member =
            "{\"user\":{\"id\":\"%d\",\"username\":\"user%06d\",\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null},\"roles\":[\"%d\",\"%d\"],\"joined_at\":\"%s\",\"deaf\":false,\"mute\":false,\"flags\":0}"
                .formatted(id, id % 1_000_000, guild + 1, guild + 2, TIME);
        listed.append(m == 0 ? "" : ",").append(member);
        if (online) {
          presences
              .append(m == 0 ? "" : ",")
              .append(
                  "{\"user\":{\"id\":\"%d\"},\"status\":\"online\",\"activities\":[{\"name\":\"chess\",\"type\":0,\"created_at\":1}],\"client_status\":{\"desktop\":\"online\"}}"
                      .formatted(id));
        }
      }
      payloads.add(
          dispatch(
              "GUILD_CREATE",
              "{\"id\":\"%d\",\"name\":\"guild %d\",\"icon\":null,\"owner_id\":\"1\",\"afk_timeout\":300,\"verification_level\":0,\"default_message_notifications\":0,\"explicit_content_filter\":0,\"roles\":[{\"id\":\"%d\",\"name\":\"@everyone\",\"color\":0,\"hoist\":false,\"position\":0,\"permissions\":\"1024\",\"managed\":false,\"mentionable\":false,\"flags\":0}],\"emojis\":[],\"features\":[],\"mfa_level\":0,\"system_channel_flags\":0,\"premium_tier\":0,\"preferred_locale\":\"en-US\",\"nsfw_level\":0,\"premium_progress_bar_enabled\":false,\"joined_at\":\"%s\",\"member_count\":%d,\"members\":[%s],\"presences\":[%s],\"channels\":[]}"
                  .formatted(guild, g, guild, TIME, members, listed, presences)));
    }
    return payloads;
  }

  private static List<String> messages() {
    List<String> payloads = new ArrayList<>();
    String content = "x".repeat(64);
    long id = 500_000_000_000L;
    for (int c = 0; c < CHANNELS; c++) {
      for (int m = 0; m < MESSAGES_PER_CHANNEL; m++) {
        payloads.add(
            dispatch(
                "MESSAGE_CREATE",
                "{\"id\":\"%d\",\"channel_id\":\"%d\",\"author\":{\"id\":\"%d\",\"username\":\"a\",\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null},\"content\":\"%s\",\"timestamp\":\"%s\",\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"pinned\":false,\"type\":0}"
                    .formatted(id++, 9_000 + c, 1 + m, content, TIME)));
      }
    }
    return payloads;
  }

  private static String dispatch(String type, String data) {
    return "{\"op\":0,\"s\":1,\"t\":\"" + type + "\",\"d\":" + data + "}";
  }
}
