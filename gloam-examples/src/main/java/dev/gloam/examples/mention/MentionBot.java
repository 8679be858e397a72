package dev.gloam.examples.mention;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.mention.ChannelMention;
import dev.gloam.mention.CommandMention;
import dev.gloam.mention.EmojiMention;
import dev.gloam.mention.EveryoneMention;
import dev.gloam.mention.GuildNavigationMention;
import dev.gloam.mention.Mention;
import dev.gloam.mention.MentionParseException;
import dev.gloam.mention.MentionScanner;
import dev.gloam.mention.Mentions;
import dev.gloam.mention.RoleMention;
import dev.gloam.mention.TimestampMention;
import dev.gloam.mention.TimestampStyle;
import dev.gloam.mention.UserMention;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot that reads and writes Discord's message markup with gloam-mention: {@code !mentions TEXT}
 * lists the mentions in the message with their positions, and {@code !when} shows a moment (now,
 * {@code !when SECONDS} or {@code !when <t:SECONDS>}) in every timestamp style.
 *
 * <p>Its answers never notify anyone: they go out with empty {@code allowed_mentions}, and the
 * markup they quote is in code spans, which the client shows as text.
 *
 * <p>With {@code DISCORD_TOKEN} set it runs against Discord until stopped. Without it, it starts an
 * offline Discord from gloam-testkit, has a human ask both commands and prints the answers.
 */
public final class MentionBot {
  private static final Logger LOG = LoggerFactory.getLogger(MentionBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String MENTIONS = "!mentions";
  private static final String WHEN = "!when";
  // Discord's limit for a message's content; room is kept for the "and N more" line.
  private static final int CONTENT_MAX = 2000;
  private static final int MORE_LINE_MAX = 40;
  // The demo does not register commands; any id shows how a command mention is listed.
  private static final long EXAMPLE_COMMAND_ID = 816437322781949972L;

  private MentionBot() {}

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
      runOffline(System.out);
    } catch (RuntimeException e) {
      System.err.println("The demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Pulls events from the shard until it closes for good, handling each on its own virtual thread.
   *
   * @param shard the shard to pull from
   * @param http the REST client handlers answer with
   * @param clock what {@code !when} without an argument takes as now
   */
  public static void serve(Shard shard, Client http, Clock clock) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      Thread.startVirtualThread(
          () -> {
            try {
              handle(event, http, clock);
            } catch (HttpException e) {
              LOG.warn("could not answer: {}", e.getMessage());
            }
          });
    }
    shard.fatalError().ifPresent(e -> LOG.error("the shard stopped: {}", e.getMessage()));
  }

  /**
   * Answers {@code !mentions} and {@code !when}; everything else, and every bot's message, is
   * ignored.
   *
   * @param event the event the shard delivered
   * @param http the REST client to answer with
   * @param clock what {@code !when} without an argument takes as now
   */
  public static void handle(Event event, Client http, Clock clock) {
    switch (event) {
      case MessageCreate m when m.author().bot().orElse(false) -> {}
      case MessageCreate m when isCommand(m.content(), MENTIONS) ->
          reply(http, m, mentionsReport(m.content()));
      case MessageCreate m when isCommand(m.content(), WHEN) ->
          reply(http, m, whenReport(m.content().substring(WHEN.length()).strip(), clock));
      case Ready r -> LOG.info("shard is ready as {}", r.user().username());
      default -> {}
    }
  }

  /**
   * Lists the mentions in a message, one line each, with their {@code char} positions in it.
   *
   * @param content the message's whole content
   * @return the answer, at most 2000 characters
   */
  public static String mentionsReport(String content) {
    List<String> lines =
        MentionScanner.scan(content)
            .map(
                found ->
                    "`%s` at %d..%d: %s"
                        .formatted(
                            found.mention().format(),
                            found.start(),
                            found.end(),
                            describe(found.mention())))
            .toList();
    if (lines.isEmpty()) {
      return "I found no mentions in that message.";
    }
    StringBuilder answer =
        new StringBuilder(
            lines.size()
                + (lines.size() == 1 ? " mention" : " mentions")
                + " (positions are UTF-16 indexes into your message):");
    int shown = 0;
    for (String line : lines) {
      if (answer.length() + 1 + line.length() > CONTENT_MAX - MORE_LINE_MAX) {
        break;
      }
      answer.append('\n').append(line);
      shown++;
    }
    if (shown < lines.size()) {
      answer.append("\n\u2026and ").append(lines.size() - shown).append(" more");
    }
    return answer.toString();
  }

  /**
   * Shows a moment in every timestamp style, each as its markup and as the client renders it.
   *
   * @param argument empty for now, the seconds since 1970, or a timestamp such as {@code <t:0:R>}
   * @param clock what is now
   * @return the answer
   */
  public static String whenReport(String argument, Clock clock) {
    Instant moment;
    if (argument.isEmpty()) {
      moment = clock.instant();
    } else if (argument.startsWith("<")) {
      try {
        moment = TimestampMention.parse(argument).instant();
      } catch (MentionParseException e) {
        return "That is not a timestamp I can read (" + e.kind() + "): " + e.getMessage();
      }
    } else {
      try {
        moment = Instant.ofEpochSecond(Long.parseLong(argument));
      } catch (NumberFormatException | DateTimeException e) {
        return "Give me seconds since 1970, a timestamp such as <t:0>, or nothing for now.";
      }
    }
    StringBuilder answer = new StringBuilder(moment.toString()).append(" in every style:");
    answer.append("\n`").append(Mentions.timestamp(moment)).append("` (no style) ");
    answer.append(Mentions.timestamp(moment));
    for (TimestampStyle style : TimestampStyle.values()) {
      TimestampMention stamp = Mentions.timestamp(moment, style);
      answer.append("\n`").append(stamp).append("` ").append(style).append(' ').append(stamp);
    }
    return answer.toString();
  }

  /**
   * Says in words what a mention points at.
   *
   * @param mention the mention
   * @return a short description, such as {@code "role 165511591545143296"}
   */
  public static String describe(Mention mention) {
    // The interface is sealed: a new kind of mention would not compile here until it is handled.
    return switch (mention) {
      case UserMention u -> "user " + u.id() + (u.nicknameForm() ? " (old nickname form)" : "");
      case ChannelMention c -> "channel " + c.id();
      case RoleMention r -> "role " + r.id();
      case EmojiMention e ->
          (e.animated() ? "animated emoji :" : "emoji :") + e.name() + ": " + e.id();
      case CommandMention c -> "command /" + c.qualifiedName() + " (" + c.id() + ")";
      case TimestampMention t -> "time " + t.instant() + ", shown as " + t.effectiveStyle();
      case GuildNavigationMention g ->
          "server navigation to "
              + g.type().value()
              + g.roleId().map(role -> " for role " + role).orElse("");
      case EveryoneMention e ->
          e == EveryoneMention.EVERYONE ? "everyone in the channel" : "everyone online here";
    };
  }

  /**
   * Runs the offline demo: an offline Discord, the bot on a shard of its own, and a human who asks
   * {@code !mentions} and {@code !when}; the conversation is printed to {@code out}.
   *
   * @param out where the conversation goes
   * @return the bot's answers, in order
   * @throws RuntimeException if the bot does not answer in time
   */
  public static List<RecordedMessage> runOffline(PrintStream out) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      out.println(
          "gloam mention demo: no DISCORD_TOKEN set, so the bot talks to an offline Discord");
      out.println();
      long channel = discord.channelId();
      String question =
          "!mentions ✨ "
              + Mentions.user(Id.of(discord.humanUserId()))
              + ", read "
              + Mentions.channel(Id.of(channel))
              + " and try "
              + Mentions.command("when", Id.of(EXAMPLE_COMMAND_ID))
              + " <t:1618953630:R> <:gloam:123456789012345678> <id:browse> <@nope> @here";
      List<RecordedMessage> answers = new ArrayList<>();
      Thread bot;
      try (Shard shard = connect(http, discord.botToken())) {
        bot =
            Thread.ofVirtual()
                .name("mention-bot")
                .start(() -> serve(shard, http, Clock.systemUTC()));
        discord.awaitSessions(1, WAIT);
        answers.add(ask(discord, channel, question, out));
        answers.add(ask(discord, channel, "!when <t:1618953630>", out));
      }
      join(bot);
      out.println("Done.");
      return answers;
    }
  }

  private static boolean isCommand(String content, String command) {
    return content.equals(command)
        || content.startsWith(command) && Character.isWhitespace(content.charAt(command.length()));
  }

  private static void reply(Client http, MessageCreate m, String content) {
    http.createMessage(m.channelId())
        .content(content)
        .allowedMentions(AllowedMentions.none())
        .send();
  }

  // The human says something, and the bot's next message in that channel is taken as the answer.
  private static RecordedMessage ask(
      OfflineDiscord discord, long channel, String question, PrintStream out) {
    out.println("human: " + question);
    long asked = discord.humanSays(channel, question);
    RecordedMessage answer =
        discord.awaitMessage(
            m -> m.authorId() == discord.botUserId() && m.channelId() == channel && m.id() > asked,
            WAIT);
    out.println("bot:   " + answer.content().replace("\n", "\n       "));
    out.println();
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
      serve(shard, http, Clock.systemUTC());
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
