package dev.gloam.examples.cache;

import dev.gloam.cache.inmemory.CacheException;
import dev.gloam.cache.inmemory.CacheStats;
import dev.gloam.cache.inmemory.InMemoryCache;
import dev.gloam.cache.inmemory.ResourceType;
import dev.gloam.cache.inmemory.form.CachedForms;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.GatewayException;
import dev.gloam.gateway.MessageSender;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.RequestGuildMembers;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.testkit.CreatedGuild;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.Permission;
import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.WireEvent;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot that answers from its cache instead of asking Discord: {@code !whoami} tells the author how
 * many roles they have and whether they may manage messages in the channel, {@code !stats} how much
 * the cache holds.
 *
 * <p>The cache keeps only the resource types those answers need, and keeps members in the bot's own
 * {@link SlimMember} form: the three fields a permission check reads, without the nickname, avatar,
 * join date, boost date and flags the standard form keeps.
 *
 * <p>With {@code DISCORD_TOKEN} set it runs against Discord until stopped. Without it, it starts an
 * offline Discord from gloam-testkit with a guild of a few members and roles, has the human ask,
 * and prints the conversation and what the cache says about the other members.
 */
public final class CachedBot {
  private static final Logger LOG = LoggerFactory.getLogger(CachedBot.class);
  // GUILD_MEMBERS brings member joins and role changes, and lets the bot ask for every member.
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MEMBERS, Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private CachedBot() {}

  /**
   * A member as this bot caches it: what the cache's permission check reads, and nothing else.
   *
   * <p>Records compare arrays by identity; nothing here compares members, so that is left as is.
   *
   * @param userId the member's user id
   * @param roles the ids of the member's roles, without {@code @everyone}
   * @param timeoutUntilMillis when the member's timeout ends, in epoch milliseconds, or 0 for none
   */
  public record SlimMember(long userId, long[] roles, long timeoutUntilMillis)
      implements CachedMember {

    static SlimMember of(long userId, List<Id<RoleMarker>> roles, Optional<Instant> timeout) {
      return new SlimMember(
          userId,
          roles.stream().mapToLong(Id::value).toArray(),
          timeout.map(Instant::toEpochMilli).orElse(0L));
    }

    // The interface hands callers an array of their own, so the cached one cannot be changed.
    @Override
    public long[] roleIds() {
      return roles.clone();
    }

    @Override
    public Optional<Instant> communicationDisabledUntil() {
      return timeoutUntilMillis == 0
          ? Optional.empty()
          : Optional.of(Instant.ofEpochMilli(timeoutUntilMillis));
    }
  }

  /** Makes {@link SlimMember}s; every other resource keeps its standard form. */
  static final class SlimForms implements CachedForms {
    @Override
    public CachedMember member(Member member, long userId) {
      return SlimMember.of(userId, member.roles(), member.communicationDisabledUntil());
    }

    // An update carries the whole role list and the timeout, so the previous form is not needed.
    @Override
    public CachedMember member(GuildMemberUpdate update, CachedMember previous) {
      return SlimMember.of(
          update.user().id().value(), update.roles(), update.communicationDisabledUntil());
    }
  }

  /**
   * Creates the cache this bot answers from: guilds (for their owner), channels (for their
   * overwrites), roles (for what they grant), members in the {@link SlimMember} form, and users.
   *
   * @return a new, empty cache
   */
  public static InMemoryCache newCache() {
    return InMemoryCache.builder()
        .resourceTypes(
            ResourceType.GUILD,
            ResourceType.CHANNEL,
            ResourceType.ROLE,
            ResourceType.MEMBER,
            ResourceType.USER)
        .forms(new SlimForms())
        .build();
  }

  /**
   * Runs the bot: against Discord if {@code DISCORD_TOKEN} is set, else the offline demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String token = System.getenv("DISCORD_TOKEN");
    if (token != null && !token.isBlank()) {
      runAgainstDiscord(token);
      return;
    }
    try {
      runOffline(System.out, newCache());
    } catch (RuntimeException e) {
      System.err.println("The demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Pulls events from the shard until it closes for good: each one updates the cache, then is
   * handled on a virtual thread of its own (handlers block, on REST calls and the gateway's send
   * limit).
   *
   * @param shard the shard to pull from
   * @param cache the cache to keep up to date and answer from
   * @param http the REST client handlers answer with
   */
  public static void serve(Shard shard, InMemoryCache cache, Client http) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      // Updated here, in the shard's order, before the handler starts: a handler never sees the
      // cache older than its own event.
      cache.update(event);
      Thread.startVirtualThread(
          () -> {
            try {
              handle(event, cache, http, shard.sender());
            } catch (HttpException | GatewayException e) {
              LOG.warn("could not handle {}: {}", event.kind(), e.getMessage());
            }
          });
    }
    shard.fatalError().ifPresent(e -> LOG.error("the shard stopped: {}", e.getMessage()));
  }

  /**
   * Asks for every member of each guild the bot gets, and answers {@code !whoami} (in a guild) and
   * {@code !stats}; everything else is ignored.
   *
   * @param event the event the shard delivered, already applied to the cache
   * @param cache the cache to answer from
   * @param http the REST client to answer with
   * @param gateway the shard's sender, to ask for members
   */
  public static void handle(Event event, InMemoryCache cache, Client http, MessageSender gateway) {
    switch (event) {
      // Without the GUILD_PRESENCES intent, GUILD_CREATE lists hardly any members (the bot's own);
      // the rest come as GUILD_MEMBERS_CHUNKs, which the cache applies like any other event.
      case GuildCreate.Available g -> gateway.command(RequestGuildMembers.byQuery(g.id(), "", 0));
      case MessageCreate m when m.guildId().isPresent() && m.content().equals("!whoami") ->
          reply(http, m, whoami(cache, m.guildId().get(), m.author().id(), m.channelId()));
      case MessageCreate m when m.content().equals("!stats") ->
          reply(http, m, stats(cache.stats()));
      case Ready r -> LOG.info("shard is ready as {}", r.user().username());
      default -> {}
    }
  }

  /**
   * Describes a member from the cache: their role count and whether they may manage messages in a
   * channel, and why not when a timeout is the reason.
   *
   * @param cache the cache
   * @param guildId the guild
   * @param userId the member
   * @param channelId a channel of the guild
   * @return for example {@code "1 role; may manage messages here: yes"}
   */
  public static String whoami(
      InMemoryCache cache,
      Id<GuildMarker> guildId,
      Id<UserMarker> userId,
      Id<ChannelMarker> channelId) {
    try {
      // Asked first: it says which of member, guild, channel or role is missing, so the member
      // lookup below cannot come up empty.
      boolean mayManage =
          cache.permissions().inChannel(userId, channelId).contains(Permissions.MANAGE_MESSAGES);
      CachedMember member = cache.member(guildId, userId).orElseThrow();
      int roles = member.roleIds().length;
      boolean timedOut =
          member.communicationDisabledUntil().filter(Instant.now()::isBefore).isPresent();
      return roles
          + (roles == 1 ? " role" : " roles")
          + "; may manage messages here: "
          + (mayManage ? "yes" : timedOut ? "no (timed out)" : "no");
    } catch (CacheException e) {
      // Not an error of the bot's: the cache has not seen what the question needs (yet).
      return "I cannot tell yet: " + e.getMessage();
    }
  }

  /**
   * Describes the cache's counts of the resource types this bot keeps.
   *
   * @param stats the counts
   * @return for example {@code "cached: 1 guilds, 2 channels, 3 roles, 4 members, 4 users"}
   */
  public static String stats(CacheStats stats) {
    return "cached: %d guilds, %d channels, %d roles, %d members, %d users"
        .formatted(stats.guilds(), stats.channels(), stats.roles(), stats.members(), stats.users());
  }

  private static void reply(Client http, MessageCreate m, String content) {
    http.createMessage(m.channelId()).content(content).send();
  }

  /**
   * Runs the offline demo: a guild with roles and members, the human asking {@code !whoami} before
   * and after a role change and {@code !stats} after the bot timed a member out, then what the
   * cache says about the other members; all printed to {@code out}.
   *
   * @param out where the conversation goes
   * @param cache the cache the bot keeps up to date, left filled for the caller to look at
   * @return the bot's answers as the offline Discord recorded them, in the order they were asked
   * @throws RuntimeException if the bot does not answer in time
   */
  public static List<RecordedMessage> runOffline(PrintStream out, InMemoryCache cache) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      out.println("gloam cache demo: no DISCORD_TOKEN set, so the bot talks to an offline Discord");
      // The human owns the guild, so may do anything; the named members show the other answers.
      CreatedGuild guild =
          discord
              .newGuild("gloam cafe")
              .textChannel("general")
              .role("mods", Permission.MANAGE_MESSAGES)
              .role("regulars")
              .member("alice", "mods")
              .member("bob", "regulars")
              .member("carol", "mods")
              .create();
      Id<GuildMarker> guildId = Id.of(guild.id());
      long general = guild.channelId("general");
      // The bot is in two guilds, the testkit's first one and this one: one chunk of members each.
      CountDownLatch chunks = new CountDownLatch(2);
      discord.onWire(
          event -> {
            if (event.transport() == WireEvent.Transport.GATEWAY
                && event.direction() == WireEvent.Direction.FROM_DISCORD
                && event.summary().contains("GUILD_MEMBERS_CHUNK")) {
              chunks.countDown();
            }
          });
      List<RecordedMessage> answers = new ArrayList<>();
      Thread bot;
      try (Shard shard = connect(http, discord.botToken())) {
        bot = Thread.ofVirtual().name("cached-bot").start(() -> serve(shard, cache, http));
        discord.awaitSessions(1, WAIT);
        // Asked after the chunks are sent, the bot answers after the cache applied them: the
        // shard delivers events in order.
        await(chunks);
        out.println();
        answers.add(ask(discord, general, "!whoami", out));

        out.println("  (the owner gives themselves the role \"regulars\")");
        discord.giveRole(guild.id(), discord.humanUserId(), guild.roleId("regulars"));
        answers.add(ask(discord, general, "!whoami", out));

        out.println("  (the bot times carol out for ten minutes)");
        http.updateGuildMember(guildId, Id.of(guild.memberId("carol")))
            .timeout(Duration.ofMinutes(10))
            .send();
        // The timeout's GUILD_MEMBER_UPDATE comes before this MESSAGE_CREATE on the shard, so
        // once the bot has answered, the cache holds carol's timeout too.
        answers.add(ask(discord, general, "!stats", out));

        out.println();
        out.println("What !whoami would tell the other members in #general, from the cache:");
        for (String name : List.of("alice", "bob", "carol")) {
          Id<UserMarker> userId = Id.of(guild.memberId(name));
          out.println("  " + name + ": " + whoami(cache, guildId, userId, Id.of(general)));
        }
        List<CachedMember> members = cache.members(guildId);
        long slim = members.stream().filter(SlimMember.class::isInstance).count();
        out.println();
        out.println(
            "The cache holds "
                + members.size()
                + " members of the guild, "
                + slim
                + " as SlimMember.");
      }
      // Closing the shard ended the bot's event loop.
      join(bot);
      out.println();
      out.println("Done.");
      return answers;
    }
  }

  // The human says something, and the bot's next message in that channel is taken as the answer.
  private static RecordedMessage ask(
      OfflineDiscord discord, long channel, String question, PrintStream out) {
    out.println("  human: " + question);
    long asked = discord.humanSays(channel, question);
    RecordedMessage answer =
        discord.awaitMessage(
            m -> m.authorId() == discord.botUserId() && m.channelId() == channel && m.id() > asked,
            WAIT);
    out.println("  bot:   " + answer.content());
    return answer;
  }

  private static Shard connect(Client http, String token) {
    // Ask REST where the gateway is, as a bot must do against Discord too.
    BotConnectionInfo info = http.gatewayBot().send().model();
    Config config = Config.builder(token, INTENTS).gatewayUrl(URI.create(info.url())).build();
    return Shard.create(ShardId.ONE, config);
  }

  private static void runAgainstDiscord(String token) {
    try (Client http = Client.create(token);
        Shard shard = connect(http, token)) {
      serve(shard, newCache(), http);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the offline Discord never sent the guilds' members");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
