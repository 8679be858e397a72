package dev.gloam.examples.commands;

import dev.gloam.command.parser.Arguments;
import dev.gloam.command.parser.Command;
import dev.gloam.command.parser.CommandParseException;
import dev.gloam.command.parser.CommandParser;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot with prefix commands: {@code !echo} (or {@code !say}) repeats its arguments, with quotes
 * keeping words together, and {@code !add} sums numbers. Every command also works after a mention
 * of the bot ({@code @bot add 1 2}).
 *
 * <p>With {@code DISCORD_TOKEN} set it runs against Discord until stopped. Without it, it starts an
 * offline Discord from gloam-testkit, has the human try the commands (some of them wrong), and
 * prints the conversation.
 */
public final class CommandBot {
  private static final Logger LOG = LoggerFactory.getLogger(CommandBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final Duration WAIT = Duration.ofSeconds(30);
  // Bounds that keep one message from making a number of a billion digits ("!add 1e999999999 1").
  private static final int MAX_DIGITS = 100;

  private CommandBot() {}

  /**
   * Makes the parser this bot uses: prefix {@code !} and the bot's mention, commands {@code echo}
   * (alias {@code say}) and {@code add}, both ignoring case.
   *
   * @param botUserId the bot's own user id, for the mention prefix
   * @return the parser, to share between all handlers
   */
  public static CommandParser parser(Id<UserMarker> botUserId) {
    return CommandParser.builder()
        .prefix("!")
        .forMention(botUserId)
        .command("echo", "say")
        .command("add")
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
      runOffline(System.out);
    } catch (RuntimeException e) {
      System.err.println("The demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Works out the bot's answer to a message's text, without sending anything.
   *
   * @param parser the bot's parser
   * @param content the message's text
   * @return the answer, or empty if the text is not one of the bot's commands
   */
  public static Optional<String> answer(CommandParser parser, String content) {
    return parser
        .parse(content)
        .map(
            command ->
                switch (command.name()) {
                  case "echo" -> echo(command);
                  case "add" -> add(command);
                  default -> throw new IllegalStateException("no answer for " + command.name());
                });
  }

  /**
   * Repeats the command's arguments, one space between each; a quoted argument keeps its own
   * spacing. Malformed quotes or escapes are explained instead of guessed at.
   *
   * @param command an {@code echo} command
   * @return the answer
   */
  public static String echo(Command command) {
    try {
      List<String> words = command.arguments(Arguments.Mode.STRICT).toList();
      return words.isEmpty() ? "Nothing to " + command.alias() + "." : String.join(" ", words);
    } catch (CommandParseException e) {
      return "I could not read that: " + e.getMessage() + ".";
    }
  }

  /**
   * Sums the command's arguments as decimal numbers.
   *
   * @param command an {@code add} command
   * @return the sum, or which argument is not a number
   */
  public static String add(Command command) {
    List<String> arguments = command.arguments().toList();
    if (arguments.isEmpty()) {
      return "Give me numbers to add, such as: !add 1 2.5";
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String argument : arguments) {
      Optional<BigDecimal> number = number(argument);
      if (number.isEmpty()) {
        return "\"" + argument + "\" is not a number I can add.";
      }
      sum = sum.add(number.get());
    }
    return String.join(" + ", arguments) + " = " + sum.stripTrailingZeros().toPlainString();
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      BigDecimal number = new BigDecimal(text);
      boolean fits =
          number.scale() <= MAX_DIGITS && number.precision() - number.scale() <= MAX_DIGITS;
      return fits ? Optional.of(number) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Answers a command in a message from a person; messages from bots, this one included, are
   * ignored so that {@code !echo !echo} cannot make the bot talk to itself.
   *
   * @param event the event the shard delivered
   * @param parser the bot's parser
   * @param http the REST client to answer with
   */
  public static void handle(Event event, CommandParser parser, Client http) {
    switch (event) {
      case MessageCreate m when !m.author().bot().orElse(false) ->
          answer(parser, m.content())
              .ifPresent(
                  text ->
                      http.createMessage(m.channelId())
                          .content(text)
                          // An echo must not ping anyone the human wrote about.
                          .allowedMentions(AllowedMentions.none())
                          .send());
      case Ready r -> LOG.info("shard is ready as {}", r.user().username());
      default -> {}
    }
  }

  /**
   * Pulls events from the shard until it closes for good, handling each on its own virtual thread.
   *
   * @param shard the shard to pull from
   * @param parser the bot's parser, shared by all handlers
   * @param http the REST client handlers answer with
   */
  public static void serve(Shard shard, CommandParser parser, Client http) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      Thread.startVirtualThread(
          () -> {
            try {
              handle(event, parser, http);
            } catch (HttpException e) {
              LOG.warn("could not answer: {}", e.getMessage());
            }
          });
    }
    shard.fatalError().ifPresent(e -> LOG.error("the shard stopped: {}", e.getMessage()));
  }

  /**
   * Runs the offline demo: an offline Discord, the bot on a shard of its own, and the human trying
   * each command with {@code !} and with a mention, a few of them wrong; the conversation is
   * printed to {@code out}.
   *
   * @param out where the conversation goes
   * @return the bot's answers as the offline Discord recorded them, in the order asked
   * @throws RuntimeException if the bot does not answer in time
   */
  public static List<RecordedMessage> runOffline(PrintStream out) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      out.println(
          "gloam command demo: no DISCORD_TOKEN set, so the bot talks to an offline Discord");
      out.println();
      String mention = "<@" + discord.botUserId() + ">";
      List<String> questions =
          List.of(
              "!echo \"hello   world\" and  more",
              "!SAY \\\"quoted\\\" words",
              mention + " say hi, from a mention",
              "!add 1 2.5 -0.5",
              "<@!" + discord.botUserId() + "> add 10 20",
              "!add 1 two",
              "!echo \"never closed",
              "!echoes are not commands");
      List<RecordedMessage> answers = new ArrayList<>();
      Thread bot;
      try (Shard shard = connect(http, discord.botToken())) {
        CommandParser parser = parser(Id.of(discord.botUserId()));
        bot = Thread.ofVirtual().name("command-bot").start(() -> serve(shard, parser, http));
        discord.awaitSessions(1, WAIT);
        for (String question : questions.subList(0, questions.size() - 1)) {
          answers.add(ask(discord, question, out));
        }
        // Not a command: the bot stays silent, so there is no answer to wait for.
        out.println("  human: " + questions.getLast());
        out.println("  (no answer: \"echoes\" is not \"echo\")");
      }
      join(bot);
      out.println();
      out.println("Done.");
      return answers;
    }
  }

  // The human says something, and the bot's next message in the channel is taken as the answer.
  private static RecordedMessage ask(OfflineDiscord discord, String question, PrintStream out) {
    out.println("  human: " + question);
    long asked = discord.humanSays(discord.channelId(), question);
    RecordedMessage answer =
        discord.awaitMessage(
            m ->
                m.authorId() == discord.botUserId()
                    && m.channelId() == discord.channelId()
                    && m.id() > asked,
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
      // The mention prefix needs the bot's own id, which its token belongs to.
      Id<UserMarker> me = http.currentUser().send().model().id();
      serve(shard, parser(me), http);
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
