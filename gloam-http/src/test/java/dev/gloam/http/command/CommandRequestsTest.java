package dev.gloam.http.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.http.request.application.command.CommandDefinition;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands read back as created, bulk overwrites replace, and bad names never leave. */
class CommandRequestsTest {
  OfflineDiscord discord;
  Client client;
  Id<ApplicationMarker> app;
  Id<GuildMarker> guild;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    app = Id.of(discord.applicationId());
    guild = Id.of(discord.guildId());
  }

  @AfterEach
  void stop() {
    client.close();
    discord.close();
  }

  static List<CommandOption> text() {
    return List.of(
        new StringOption(
            "text",
            Optional.of(Map.of(DiscordLocale.GERMAN, "text")),
            Optional.empty(),
            "What to say",
            Optional.of(Map.of(DiscordLocale.GERMAN, "Was sagen")),
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            Optional.of(1),
            Optional.of(200)));
  }

  @Test
  void aCreatedCommandReadsBackWithOptionsAndLocalizations() {
    ApplicationCommand created =
        client
            .createGuildCommand(app, guild, "echo")
            .description("Says it back")
            .nameLocalizations(Map.of(DiscordLocale.GERMAN, "echo"))
            .descriptionLocalizations(Map.of(DiscordLocale.GERMAN, "Sagt es zurueck"))
            .options(text())
            .send()
            .model();
    ApplicationCommand read =
        client.guildCommands(app, guild).withLocalizations(true).send().model().get(0);
    assertThat(read.id()).isEqualTo(created.id());
    assertThat(read.descriptionLocalizations())
        .contains(Map.of(DiscordLocale.GERMAN, "Sagt es zurueck"));
    assertThat(read.options().orElseThrow()).hasSize(1);
    StringOption option = (StringOption) read.options().orElseThrow().get(0);
    assertThat(option.name()).isEqualTo("text");
    assertThat(option.maxLength()).contains(200);
    assertThat(option.descriptionLocalizations())
        .contains(Map.of(DiscordLocale.GERMAN, "Was sagen"));
  }

  @Test
  void bulkOverwriteReplacesTheCommands() {
    client.createGlobalCommand(app, "old").description("Goes away").send();
    client
        .setGlobalCommands(
            app,
            List.of(
                CommandDefinition.chatInput("ping", "Pong"), CommandDefinition.message("Quote")))
        .send();
    assertThat(client.globalCommands(app).send().model())
        .extracting(ApplicationCommand::name)
        .containsExactlyInAnyOrder("ping", "Quote");
  }

  @Test
  void aCapitalizedChatInputNameFailsBeforeSending() {
    assertThatThrownBy(() -> client.createGlobalCommand(app, "Ping").description("Pong").send())
        .isInstanceOfSatisfying(
            HttpException.class, e -> assertThat(e.getMessage()).contains("name"));
    assertThat(client.globalCommands(app).send().model()).isEmpty();
  }

  @Test
  void anEditChecksTranslationsAgainstTheRulesEveryTypeShares() {
    ApplicationCommand ping =
        client.createGlobalCommand(app, "ping").description("Replies").send().model();
    assertThatThrownBy(
            () ->
                client
                    .updateGlobalCommand(app, ping.id())
                    .descriptionLocalizations(Map.of(DiscordLocale.GERMAN, "x".repeat(101)))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError())
                    .hasValueSatisfying(
                        v -> assertThat(v.field()).isEqualTo("description_localizations.de")));
    assertThatThrownBy(
            () ->
                client
                    .updateGlobalCommand(app, ping.id())
                    .nameLocalizations(Map.of(DiscordLocale.GERMAN, "x".repeat(33)))
                    .send())
        .isInstanceOf(HttpException.class);
    ApplicationCommand renamed =
        client
            .updateGlobalCommand(app, ping.id())
            .descriptionLocalizations(Map.of(DiscordLocale.GERMAN, "Antwortet"))
            .send()
            .model();
    assertThat(renamed.descriptionLocalizations()).isPresent();
  }

  @Test
  void aCommandBuiltElsewhereIsCreatedAndOverwrittenWithEveryField() {
    ApplicationCommand original =
        client
            .createGuildCommand(app, guild, "echo")
            .description("Says it back")
            .descriptionLocalizations(Map.of(DiscordLocale.GERMAN, "Sagt es zurueck"))
            .options(text())
            .nsfw(true)
            .send()
            .model();

    ApplicationCommand global = client.createGlobalCommand(app, original).send().model();
    assertThat(global.id()).isNotEqualTo(original.id());
    assertThat(global.guildId()).isEmpty();
    assertThat(global.name()).isEqualTo("echo");
    assertThat(global.description()).isEqualTo("Says it back");
    assertThat(global.nsfw()).contains(true);
    assertThat(global.options()).isEqualTo(original.options());

    List<ApplicationCommand> replaced =
        client.setGuildCommands(app, guild, List.of(CommandDefinition.of(original))).send().model();
    assertThat(replaced).hasSize(1);
    assertThat(replaced.get(0).options()).isEqualTo(original.options());
    assertThat(replaced.get(0).nsfw()).contains(true);
    assertThat(CommandDefinition.of(original).fields())
        .containsOnlyKeys(
            "type",
            "name",
            "description",
            "description_localizations",
            "options",
            "integration_types",
            "nsfw")
        .doesNotContainKeys("id", "application_id", "version", "guild_id");
  }
}
