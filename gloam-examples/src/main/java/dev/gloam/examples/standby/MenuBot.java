package dev.gloam.examples.standby;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.application.interaction.Interaction;
import dev.gloam.model.application.interaction.MessageComponentData;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import dev.gloam.standby.Standby;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A menu that waits inline with gloam-standby: {@code !menu} posts two buttons; the bot waits for
 * the author to press one, then for a ✅ reaction to confirm, each wait with a timeout of a minute
 * ({@code !menu 5} waits five seconds instead, up to {@value #MAX_SECONDS}). The handler reads top
 * to bottom, with no state machine and no listener to unregister.
 *
 * <p>With {@code DISCORD_TOKEN} set it runs against Discord until stopped. Without it, it starts an
 * offline Discord from gloam-testkit, plays one menu to the end and one that nobody answers, prints
 * the conversation and exits.
 */
public final class MenuBot {
  private static final Logger LOG = LoggerFactory.getLogger(MenuBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(
          Intents.GUILD_MESSAGES, Intents.GUILD_MESSAGE_REACTIONS, Intents.MESSAGE_CONTENT);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CONFIRM = "✅";
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

  /** The longest wait {@code !menu <seconds>} may ask for. */
  public static final int MAX_SECONDS = 300;

  private MenuBot() {}

  /**
   * Runs the bot: against Discord if {@code DISCORD_TOKEN} is set, else the offline demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String token = System.getenv("DISCORD_TOKEN");
    if (token != null && !token.isBlank()) {
      try (Client http = Client.create(token);
          Shard shard = Shard.create(ShardId.ONE, Config.builder(token, INTENTS).build());
          Standby standby = new Standby()) {
        serve(shard, http, standby);
      }
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
   * Pulls events until the shard closes: every event goes through the standby first, then {@code
   * !menu} starts a menu on a virtual thread of its own, where blocking on a wait is cheap.
   *
   * @param shard the shard to pull from
   * @param http the REST client
   * @param standby the standby the menus wait with
   */
  public static void serve(Shard shard, Client http, Standby standby) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      standby.process(event);
      if (event instanceof MessageCreate m && !m.author().isBot()) {
        menuTimeout(m.content())
            .ifPresent(
                timeout ->
                    Thread.startVirtualThread(
                        () -> {
                          try {
                            runMenu(m, http, standby, timeout);
                          } catch (HttpException e) {
                            LOG.warn("the menu could not answer: {}", e.getMessage());
                          }
                        }));
      }
    }
  }

  /**
   * Reads a menu request: {@code !menu} waits a minute for each step, {@code !menu <seconds>} that
   * many seconds (1 to {@value #MAX_SECONDS}).
   *
   * @param content a message's text
   * @return how long each step of the menu waits, or empty if the text asks for no menu
   */
  public static Optional<Duration> menuTimeout(String content) {
    if (content.equals("!menu")) {
      return Optional.of(DEFAULT_TIMEOUT);
    }
    if (!content.startsWith("!menu ")) {
      return Optional.empty();
    }
    try {
      int seconds = Integer.parseInt(content.substring("!menu ".length()).strip());
      return seconds >= 1 && seconds <= MAX_SECONDS
          ? Optional.of(Duration.ofSeconds(seconds))
          : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }

  /**
   * One menu, from the buttons to the confirmation.
   *
   * @param request the {@code !menu} message
   * @param http the REST client
   * @param standby the standby to wait with
   * @param timeout how long each step waits
   */
  public static void runMenu(
      MessageCreate request, Client http, Standby standby, Duration timeout) {
    Id<UserMarker> author = request.author().id();
    // Wait before prompting: a wait made after the prompt could miss a quick answer. The custom
    // ids carry the request's id, so the wait is known before the menu's own id is.
    String menuKey = ":" + request.message().id().value();
    CompletableFuture<InteractionCreate> pressed =
        standby.waitFor(
            InteractionCreate.class,
            i ->
                customId(i.interaction()).endsWith(menuKey)
                    && author.equals(userOf(i.interaction()).orElse(null)));
    Message menu =
        http.createMessage(request.channelId())
            .content("Pick a fruit, then react " + CONFIRM + " to confirm.")
            .components(
                new ActionRow(
                    Optional.empty(), List.of(button("apple", menuKey), button("banana", menuKey))))
            .send()
            .model();

    Optional<InteractionCreate> press = await(pressed, timeout);
    if (press.isEmpty()) {
      http.createMessage(request.channelId()).content("The menu timed out.").send();
      return;
    }
    Interaction interaction = press.get().interaction();
    String pressedId = customId(interaction);
    String fruit = pressedId.substring(0, pressedId.indexOf(':'));
    CompletableFuture<MessageReactionAdd> reaction =
        standby.waitForReaction(
            menu.id(),
            r -> r.userId().equals(author) && r.emoji().name().orElse("").equals(CONFIRM));
    http.interaction(interaction.applicationId())
        .createResponse(interaction.id(), interaction.token())
        .updateMessage(
            m -> m.content("You picked " + fruit + ". React " + CONFIRM + " to confirm."))
        .send();

    Optional<MessageReactionAdd> confirmed = await(reaction, timeout);
    http.createMessage(request.channelId())
        .content(confirmed.isPresent() ? "Confirmed: " + fruit + "." : "Not confirmed in time.")
        .send();
  }

  /**
   * Runs the offline demo: one menu played to the end, and one asked with {@code !menu 1} that
   * nobody answers, so it times out after a second.
   *
   * @param out where the conversation goes
   * @return every message of the demo's channel, oldest first
   */
  public static List<RecordedMessage> runOffline(PrintStream out) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
        Standby standby = new Standby()) {
      out.println("gloam standby demo: a menu that waits for a button and a reaction, offline");
      long channel = discord.channelId();
      Thread bot;
      try (Shard shard =
          Shard.create(
              ShardId.ONE,
              Config.builder(discord.botToken(), INTENTS)
                  .gatewayUrl(discord.gatewayUrl())
                  .build())) {
        bot = Thread.ofVirtual().name("menu-bot").start(() -> serve(shard, http, standby));
        discord.awaitSessions(1, WAIT);

        discord.humanSays(channel, "!menu");
        RecordedMessage menu = awaitBot(discord, "Pick a fruit", 0);
        String apple = "apple:" + discord.messages(channel).get(0).id();
        discord.humanPressesButton(channel, menu.id(), apple).awaitResponse(WAIT);
        discord.humanReacts(channel, menu.id(), CONFIRM);
        awaitBot(discord, "Confirmed", 0);

        discord.humanSays(channel, "!menu 1");
        awaitBot(discord, "Pick a fruit", menu.id());
        awaitBot(discord, "The menu timed out", 0);
      }
      join(bot);
      List<RecordedMessage> messages = discord.messages(channel);
      for (RecordedMessage m : messages) {
        String who = m.authorId() == discord.botUserId() ? "bot  " : "human";
        out.println("  " + who + "  " + m.content());
      }
      return messages;
    }
  }

  private static <T> Optional<T> await(CompletableFuture<T> wait, Duration timeout) {
    try {
      return Optional.of(wait.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof TimeoutException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static Optional<Id<UserMarker>> userOf(Interaction interaction) {
    return interaction.member().flatMap(Member::user).or(interaction::user).map(User::id);
  }

  private static String customId(Interaction interaction) {
    return interaction.data().orElse(null) instanceof MessageComponentData data
        ? data.customId()
        : "";
  }

  private static Button button(String fruit, String menuKey) {
    return new Button(
        Optional.empty(),
        ButtonStyle.PRIMARY,
        Optional.of(fruit),
        Optional.empty(),
        Optional.of(fruit + menuKey),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static RecordedMessage awaitBot(OfflineDiscord discord, String start, long after) {
    return discord.awaitMessage(
        m -> m.authorId() == discord.botUserId() && m.content().startsWith(start) && m.id() > after,
        WAIT);
  }

  private static void join(Thread thread) {
    try {
      thread.join(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
