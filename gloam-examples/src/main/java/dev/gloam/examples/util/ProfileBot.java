package dev.gloam.examples.util;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.mention.Mentions;
import dev.gloam.mention.TimestampStyle;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOptionValue;
import dev.gloam.model.application.interaction.ApplicationCommandData;
import dev.gloam.model.application.interaction.CommandInteractionDataOption;
import dev.gloam.model.application.interaction.Interaction;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.application.interaction.InteractionResponse;
import dev.gloam.model.application.interaction.ResolvedData;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.user.User;
import dev.gloam.testkit.HumanInteraction;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import dev.gloam.util.builder.command.CommandBuilder;
import dev.gloam.util.builder.command.UserOptionBuilder;
import dev.gloam.util.builder.component.ActionRowBuilder;
import dev.gloam.util.builder.component.ButtonBuilder;
import dev.gloam.util.builder.embed.EmbedBuilder;
import dev.gloam.util.builder.embed.ImageSource;
import dev.gloam.util.builder.interaction.MessageResponseBuilder;
import dev.gloam.util.builder.message.AllowedMentionsBuilder;
import dev.gloam.util.builder.message.PollBuilder;
import dev.gloam.util.cdn.CdnImage;
import dev.gloam.util.link.ChannelLink;
import dev.gloam.util.snowflake.Snowflake;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * gloam-util in one bot: it registers {@code /profile} built with {@code CommandBuilder}, answers
 * it with an embed, a link button and no pings built with the util builders, shows the user's
 * avatar from the CDN and the account's age from its snowflake, and answers {@code !lunch} with a
 * poll.
 *
 * <p>With {@code DISCORD_TOKEN} and {@code GUILD_ID} set it runs against Discord until stopped.
 * Without them, it starts an offline Discord from gloam-testkit, has the human use {@code /profile}
 * and say {@code !lunch}, prints the answers and exits.
 */
public final class ProfileBot {
  private static final Logger LOG = LoggerFactory.getLogger(ProfileBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private ProfileBot() {}

  /**
   * Runs the bot: against Discord if {@code DISCORD_TOKEN} and {@code GUILD_ID} are set, else the
   * offline demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String token = System.getenv("DISCORD_TOKEN");
    String guild = System.getenv("GUILD_ID");
    if (token != null && !token.isBlank() && guild != null) {
      try (Client http = Client.create(token);
          Shard shard = Shard.create(ShardId.ONE, Config.builder(token, INTENTS).build())) {
        Id<ApplicationMarker> app = http.currentApplication().send().model().id();
        register(http, app, Id.parse(guild));
        serve(shard, http);
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
   * The {@code /profile} command, as the builder makes it: checked against Discord's rules before
   * it is ever sent.
   *
   * @return the command
   */
  public static ApplicationCommand profileCommand() {
    return CommandBuilder.chatInput("profile", "Shows a user's profile card")
        .descriptionLocalization(DiscordLocale.GERMAN, "Zeigt die Profilkarte")
        .option(new UserOptionBuilder("user", "Whose card; yours if empty"))
        .contexts(InteractionContextType.GUILD)
        .build();
  }

  /**
   * Registers {@code /profile} in a guild.
   *
   * @param http the REST client
   * @param app the bot's application
   * @param guild the guild
   */
  public static void register(Client http, Id<ApplicationMarker> app, Id<GuildMarker> guild) {
    http.createGuildCommand(app, guild, profileCommand()).send();
  }

  /**
   * Pulls events until the shard closes and answers each on a virtual thread.
   *
   * @param shard the shard
   * @param http the REST client
   */
  public static void serve(Shard shard, Client http) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      Thread.startVirtualThread(
          () -> {
            try {
              handle(event, http);
            } catch (HttpException e) {
              LOG.warn("could not answer: {}", e.getMessage());
            }
          });
    }
  }

  private static void handle(Event event, Client http) {
    switch (event) {
      case InteractionCreate create
          when create.interaction().data().orElse(null) instanceof ApplicationCommandData data
              && data.name().equals("profile") -> {
        Interaction interaction = create.interaction();
        http.interaction(interaction.applicationId())
            .createResponse(interaction.id(), interaction.token())
            .response(profileCard(interaction, data))
            .send();
      }
      case MessageCreate m when m.content().equals("!lunch") && !m.author().isBot() ->
          http.createMessage(m.channelId())
              .poll(
                  new PollBuilder("Lunch?")
                      .answer("Pizza")
                      .answer("Salad")
                      .answer("Soup")
                      .duration(4)
                      .build())
              .allowedMentions(new AllowedMentionsBuilder().parse().build())
              .send();
      case Ready r -> LOG.info("ready as {}", r.user().username());
      default -> {}
    }
  }

  /**
   * The answer to {@code /profile}: an embed with the user's avatar, name and account age, and a
   * link back to the channel, visible only to the one who asked.
   *
   * @param interaction the command's interaction
   * @param data its data
   * @return the answer
   */
  public static InteractionResponse profileCard(
      Interaction interaction, ApplicationCommandData data) {
    User user = target(interaction, data);
    String avatar =
        user.avatar()
            .map(hash -> CdnImage.userAvatar(user.id(), hash).size(256).url())
            .orElseGet(() -> CdnImage.defaultAvatar(user.id(), user.discriminator()).url());
    Snowflake parts = Snowflake.of(user.id());
    Embed card =
        new EmbedBuilder()
            .title(user.globalName().orElse(user.username()))
            .description(Mentions.user(user.id()).format())
            .thumbnail(ImageSource.url(avatar))
            .inlineField(
                "Account created",
                Mentions.timestamp(parts.timestamp(), TimestampStyle.RELATIVE).format())
            .inlineField("Worker / process", parts.workerId() + " / " + parts.processId())
            .color(0x5865F2)
            .build();
    MessageResponseBuilder<?> answer =
        MessageResponseBuilder.channelMessageWithSource()
            .embed(card)
            .allowedMentions(new AllowedMentionsBuilder().parse().build())
            .flags(MessageFlags.EPHEMERAL);
    interaction
        .guildId()
        .flatMap(guild -> interaction.channelId().map(channel -> ChannelLink.of(guild, channel)))
        .ifPresent(
            link ->
                answer.component(
                    ActionRowBuilder.of(
                        ButtonBuilder.link(link.toUrl()).label("Back to the channel").build())));
    return answer.build();
  }

  private static User target(Interaction interaction, ApplicationCommandData data) {
    Optional<String> chosen =
        data.options().stream()
            .flatMap(List::stream)
            .filter(option -> option.name().equals("user"))
            .findFirst()
            .flatMap(CommandInteractionDataOption::value)
            .map(CommandOptionValue::asString);
    Optional<User> resolved =
        chosen.flatMap(
            id -> data.resolved().flatMap(ResolvedData::users).map(users -> users.get(id)));
    return resolved
        .or(() -> interaction.member().flatMap(Member::user))
        .or(interaction::user)
        .orElseThrow();
  }

  /**
   * Runs the offline demo: the bot registers {@code /profile}, the human uses it and says {@code
   * !lunch}, and the answers are printed.
   *
   * @param out where the answers go
   * @return the bot's answer to {@code /profile}, as the offline Discord recorded it
   */
  public static dev.gloam.testkit.InteractionResponse runOffline(PrintStream out) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      out.println("gloam util demo: a command, an embed, a button, a poll, offline");
      register(http, Id.of(discord.applicationId()), Id.of(discord.guildId()));
      Thread bot;
      dev.gloam.testkit.InteractionResponse card;
      RecordedMessage poll;
      try (Shard shard =
          Shard.create(
              ShardId.ONE,
              Config.builder(discord.botToken(), INTENTS)
                  .gatewayUrl(discord.gatewayUrl())
                  .build())) {
        bot = Thread.ofVirtual().name("profile-bot").start(() -> serve(shard, http));
        discord.awaitSessions(1, WAIT);
        HumanInteraction used = discord.humanUsesCommand(discord.channelId(), "profile", Map.of());
        card = used.awaitResponse(WAIT);
        discord.humanSays(discord.channelId(), "!lunch");
        poll = discord.awaitMessage(m -> m.authorId() == discord.botUserId(), WAIT);
      }
      join(bot);
      out.println("  /profile  -> " + card.json());
      out.println("  !lunch    -> " + poll.json());
      return card;
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
