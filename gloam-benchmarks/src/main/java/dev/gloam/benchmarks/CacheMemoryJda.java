package dev.gloam.benchmarks;

import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.OnlineStatus;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/**
 * JDA 6.5.0 for {@link CacheMemory}: the intents of the harness, every member cached ({@link
 * MemberCachePolicy#ALL}) and chunked ({@link ChunkingFilter#ALL}), emojis, online status,
 * activities and client status cached, {@code large_threshold} 250, zlib transport compression.
 * Counts come from JDA's caches: guilds, members of each guild, members whose online status is not
 * OFFLINE, users.
 */
final class CacheMemoryJda implements CacheMemoryChild.Client {

  private final CacheMemoryChild.Target target;
  private JDA jda;

  CacheMemoryJda(CacheMemoryChild.Target target) {
    this.target = target;
  }

  @Override
  public void start() {
    jda =
        JdaAtTestkit.pointAt(
                JDABuilder.create(
                        target.token(),
                        EnumSet.of(
                            GatewayIntent.GUILD_MEMBERS,
                            GatewayIntent.GUILD_EXPRESSIONS,
                            GatewayIntent.GUILD_VOICE_STATES,
                            GatewayIntent.GUILD_PRESENCES))
                    .setMemberCachePolicy(MemberCachePolicy.ALL)
                    .setChunkingFilter(ChunkingFilter.ALL)
                    .enableCache(
                        CacheFlag.EMOJI,
                        CacheFlag.ONLINE_STATUS,
                        CacheFlag.ACTIVITY,
                        CacheFlag.CLIENT_STATUS)
                    // Scheduled events need an intent the harness does not ask for.
                    .disableCache(CacheFlag.SCHEDULED_EVENTS)
                    .setLargeThreshold(250)
                    .setCompression(Compression.ZLIB),
                target.restUrl(),
                target.gatewayUrl())
            .build();
  }

  @Override
  public CacheMemoryChild.Counts counts() {
    if (jda == null || jda.getStatus() != JDA.Status.CONNECTED) {
      // Before READY has been handled JDA's caches are still being set up.
      return new CacheMemoryChild.Counts(0, 0, 0, 0);
    }
    long guilds = jda.getGuildCache().size();
    long members = 0;
    for (Guild guild : jda.getGuildCache()) {
      members += guild.getMemberCache().size();
    }
    long presences = 0;
    for (Guild guild : jda.getGuildCache()) {
      for (Member member : guild.getMemberCache()) {
        if (member.getOnlineStatus() != OnlineStatus.OFFLINE) {
          presences++;
        }
      }
    }
    return new CacheMemoryChild.Counts(guilds, members, presences, jda.getUserCache().size());
  }

  @Override
  public String notes() {
    return "large_threshold 250, MemberCachePolicy.ALL, ChunkingFilter.ALL; JDA status "
        + (jda == null ? "none" : jda.getStatus());
  }

  @Override
  public void close() {
    if (jda != null) {
      jda.shutdownNow();
      try {
        jda.awaitShutdown(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
