package dev.gloam.util.builder.command;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.command.IntegerOption;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.SubCommandGroupOption;
import dev.gloam.model.application.command.SubCommandOption;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Commands as "Create Global Application Command" takes them (interactions/application-commands).
 */
class CommandBuilderTest {

  @Test
  void aPlainChatInputCommandIsExactlyTheModelObject() {
    ApplicationCommand ping = CommandBuilder.chatInput("ping", "Replies with pong").build();
    assertThat(ping)
        .isEqualTo(
            new ApplicationCommand(
                null,
                Optional.of(CommandType.CHAT_INPUT),
                null,
                Optional.empty(),
                "ping",
                Optional.empty(),
                Optional.empty(),
                "Replies with pong",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null,
                Optional.empty()));
    assertJson(
        ping,
        ApplicationCommand.class,
        """
        {"id": null, "application_id": null, "version": null, "type": 1, "name": "ping",
         "description": "Replies with pong", "default_member_permissions": null}
        """);
  }

  @Test
  void everyParameterTypeWithItsSettingsAndLocalizations() {
    ApplicationCommand search =
        CommandBuilder.chatInput("search", "Searches the archive")
            .nameLocalization(DiscordLocale.GERMAN, "suchen")
            .descriptionLocalizations(Map.of(DiscordLocale.FRENCH, "Cherche dans l'archive"))
            .option(
                new StringOptionBuilder("query", "What to look for")
                    .required(true)
                    .minLength(2)
                    .maxLength(100)
                    .descriptionLocalization(DiscordLocale.GERMAN, "Wonach gesucht wird"))
            .option(
                new IntegerOptionBuilder("limit", "How many results")
                    .required(true)
                    .choice("Ten", 10, Map.of(DiscordLocale.GERMAN, "Zehn"))
                    .choice("Twenty", 20))
            .option(new StringOptionBuilder("sort", "Order").choice("Newest", "new"))
            .option(new BooleanOptionBuilder("exact", "Exact matches only"))
            .option(new UserOptionBuilder("author", "Written by"))
            .option(
                new ChannelOptionBuilder("in", "Posted in")
                    .channelTypes(ChannelType.GUILD_TEXT, ChannelType.GUILD_FORUM))
            .option(new RoleOptionBuilder("role", "Visible to"))
            .option(new MentionableOptionBuilder("mentioning", "Mentions someone"))
            .option(new NumberOptionBuilder("score", "Lowest score").minValue(0.5).maxValue(9.5))
            .option(new NumberOptionBuilder("guess", "Autocompleted").autocomplete(true))
            .option(new AttachmentOptionBuilder("like", "Similar to").fileTypes("image", ".pdf"))
            .defaultMemberPermissions(Permissions.MANAGE_MESSAGES)
            .contexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
            .integrationTypes(ApplicationIntegrationType.GUILD_INSTALL)
            .nsfw(false)
            .build();
    assertJson(
        search,
        ApplicationCommand.class,
        """
        {"id": null, "application_id": null, "version": null, "type": 1, "name": "search",
         "name_localizations": {"de": "suchen"},
         "description": "Searches the archive",
         "description_localizations": {"fr": "Cherche dans l'archive"},
         "options": [
           {"type": 3, "name": "query", "description": "What to look for",
            "description_localizations": {"de": "Wonach gesucht wird"},
            "required": true, "min_length": 2, "max_length": 100},
           {"type": 4, "name": "limit", "description": "How many results", "required": true,
            "choices": [{"name": "Ten", "name_localizations": {"de": "Zehn"}, "value": 10},
                        {"name": "Twenty", "value": 20}]},
           {"type": 3, "name": "sort", "description": "Order",
            "choices": [{"name": "Newest", "value": "new"}]},
           {"type": 5, "name": "exact", "description": "Exact matches only"},
           {"type": 6, "name": "author", "description": "Written by"},
           {"type": 7, "name": "in", "description": "Posted in", "channel_types": [0, 15]},
           {"type": 8, "name": "role", "description": "Visible to"},
           {"type": 9, "name": "mentioning", "description": "Mentions someone"},
           {"type": 10, "name": "score", "description": "Lowest score",
            "min_value": 0.5, "max_value": 9.5},
           {"type": 10, "name": "guess", "description": "Autocompleted", "autocomplete": true},
           {"type": 11, "name": "like", "description": "Similar to",
            "file_types": ["image", ".pdf"]}
         ],
         "default_member_permissions": "8192",
         "nsfw": false,
         "integration_types": [0],
         "contexts": [0, 1]}
        """);
  }

  @Test
  void subcommandsAndGroups() {
    ApplicationCommand roles =
        CommandBuilder.chatInput("roles", "Manage roles")
            .option(
                new SubCommandGroupBuilder("color", "Color roles")
                    .subcommand(
                        new SubCommandBuilder("set", "Sets your color")
                            .option(new StringOptionBuilder("hex", "The color").required(true))))
            .option(new SubCommandBuilder("list", "Lists the roles"))
            .defaultMemberPermissions(Permissions.NONE)
            .build();
    assertJson(
        roles,
        ApplicationCommand.class,
        """
        {"id": null, "application_id": null, "version": null, "type": 1, "name": "roles",
         "description": "Manage roles",
         "options": [
           {"type": 2, "name": "color", "description": "Color roles", "options": [
             {"type": 1, "name": "set", "description": "Sets your color", "options": [
               {"type": 3, "name": "hex", "description": "The color", "required": true}]}]},
           {"type": 1, "name": "list", "description": "Lists the roles"}],
         "default_member_permissions": "0"}
        """);
  }

  @Test
  void contextMenuAndEntryPointCommands() {
    ApplicationCommand highFive =
        CommandBuilder.user("High Five")
            .nameLocalization(DiscordLocale.GERMAN, "Abklatschen")
            .integrationTypes(
                ApplicationIntegrationType.GUILD_INSTALL, ApplicationIntegrationType.USER_INSTALL)
            .build();
    assertJson(
        highFive,
        ApplicationCommand.class,
        """
        {"id": null, "application_id": null, "version": null, "type": 2, "name": "High Five",
         "name_localizations": {"de": "Abklatschen"}, "description": "",
         "default_member_permissions": null, "integration_types": [0, 1]}
        """);
    ApplicationCommand quote = CommandBuilder.message("Quote this").nsfw(true).build();
    assertThat(quote.effectiveType()).isEqualTo(CommandType.MESSAGE);
    assertThat(quote.description()).isEmpty();
    ApplicationCommand launch =
        CommandBuilder.primaryEntryPoint("launch", "Starts the game")
            .handler(EntryPointCommandHandlerType.DISCORD_LAUNCH_ACTIVITY)
            .build();
    assertJson(
        launch,
        ApplicationCommand.class,
        """
        {"id": null, "application_id": null, "version": null, "type": 4, "name": "launch",
         "description": "Starts the game", "default_member_permissions": null, "handler": 2}
        """);
  }

  @Test
  void optionsBuiltElsewhereAreTakenAsTheyAre() {
    StringOption text = new StringOptionBuilder("text", "Some text").build();
    ApplicationCommand echo = CommandBuilder.chatInput("echo", "Echoes").option(text).build();
    assertThat(echo.options()).contains(List.<CommandOption>of(text));
    ApplicationCommand replaced =
        CommandBuilder.chatInput("echo", "Echoes")
            .option(new BooleanOptionBuilder("loud", "Loud"))
            .options(List.of(text))
            .build();
    assertThat(replaced).isEqualTo(echo);
  }

  @Test
  void namesFollowTheRulesOfTheType() {
    fails(() -> CommandBuilder.chatInput("Ping", "d").build(), "name", Rule.MALFORMED);
    fails(() -> CommandBuilder.chatInput("two words", "d").build(), "name", Rule.MALFORMED);
    fails(() -> CommandBuilder.chatInput("a".repeat(33), "d").build(), "name", Rule.TOO_LONG);
    fails(() -> CommandBuilder.user("").build(), "name", Rule.TOO_SHORT);
    fails(() -> CommandBuilder.message("m".repeat(33)).build(), "name", Rule.TOO_LONG);
    fails(
        () ->
            CommandBuilder.chatInput("ping", "d")
                .nameLocalization(DiscordLocale.GERMAN, "Pingen")
                .build(),
        "name_localizations.de",
        Rule.MALFORMED);
  }

  @Test
  void descriptionsFollowTheRulesOfTheType() {
    fails(() -> CommandBuilder.chatInput("ping", "").build(), "description", Rule.TOO_SHORT);
    fails(
        () -> CommandBuilder.chatInput("ping", "d".repeat(101)).build(),
        "description",
        Rule.TOO_LONG);
    fails(
        () ->
            CommandBuilder.chatInput("ping", "d")
                .descriptionLocalization(DiscordLocale.FRENCH, "d".repeat(101))
                .build(),
        "description_localizations.fr",
        Rule.TOO_LONG);
    fails(
        () -> CommandBuilder.primaryEntryPoint("launch", "").build(),
        "description",
        Rule.TOO_SHORT);
  }

  @Test
  void fieldsOnlySomeTypesTake() {
    fails(
        () ->
            CommandBuilder.user("High Five")
                .options(List.of(new BooleanOptionBuilder("loud", "Loud").build()))
                .build(),
        "options",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            CommandBuilder.chatInput("ping", "d")
                .handler(EntryPointCommandHandlerType.APP_HANDLER)
                .build(),
        "handler",
        Rule.NOT_ALLOWED);
  }

  @Test
  void optionErrorsNameTheirPlace() {
    CommandBuilder command =
        CommandBuilder.chatInput("pick", "Picks")
            .option(new StringOptionBuilder("a", "A"))
            .option(new StringOptionBuilder("b", "B"));
    fails(
        () -> command.option(new StringOptionBuilder("c", "C").choice("n".repeat(101), "v")),
        "options[2].choices[0].name",
        Rule.TOO_LONG);
    StringOptionBuilder crowded = new StringOptionBuilder("many", "Many");
    for (int i = 0; i < 26; i++) {
      crowded.choice("c" + i, "v" + i);
    }
    fails(
        () -> CommandBuilder.chatInput("pick", "Picks").option(crowded),
        "options[0].choices",
        Rule.TOO_MANY);
    fails(
        () ->
            CommandBuilder.chatInput("pick", "Picks")
                .option(new StringOptionBuilder("a", "A").choice("x", "x").autocomplete(true)),
        "options[0].autocomplete",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            CommandBuilder.chatInput("roll", "Rolls")
                .option(new IntegerOptionBuilder("sides", "Sides").minValue(6).maxValue(2)),
        "options[0].max_value",
        Rule.OUT_OF_RANGE);
    // Nested builders fail where the bad option is added: here, in the subcommand.
    fails(
        () -> new SubCommandBuilder("roll", "Rolls").option(new IntegerOptionBuilder("Sides", "S")),
        "options[0].name",
        Rule.MALFORMED);
    // An option built elsewhere is checked when its parent is built, and the path grows per level.
    IntegerOption unchecked =
        new IntegerOption(
            "Sides",
            Optional.empty(),
            Optional.empty(),
            "Sides",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    fails(
        () ->
            new SubCommandGroupBuilder("dice", "Dice")
                .subcommand(new SubCommandBuilder("roll", "Rolls").option(unchecked)),
        "options[0].options[0].name",
        Rule.MALFORMED);
    SubCommandOption sub =
        new SubCommandOption(
            "roll",
            Optional.empty(),
            Optional.empty(),
            "Rolls",
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(unchecked)));
    SubCommandGroupOption group =
        new SubCommandGroupOption(
            "dice",
            Optional.empty(),
            Optional.empty(),
            "Dice",
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(sub)));
    fails(
        () -> CommandBuilder.chatInput("roll", "Rolls").options(List.of(group)).build(),
        "options[0].options[0].options[0].name",
        Rule.MALFORMED);
  }

  @Test
  void optionListRules() {
    CommandBuilder tooMany = CommandBuilder.chatInput("many", "Many");
    for (int i = 0; i < 26; i++) {
      tooMany.option(new BooleanOptionBuilder("o" + i, "Option " + i));
    }
    fails(tooMany::build, "options", Rule.TOO_MANY);
    fails(
        () ->
            CommandBuilder.chatInput("order", "Order")
                .option(new UserOptionBuilder("who", "Who"))
                .option(new RoleOptionBuilder("role", "Role").required(true))
                .build(),
        "options[1].required",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            CommandBuilder.chatInput("mixed", "Mixed")
                .option(new SubCommandBuilder("sub", "Sub"))
                .option(new UserOptionBuilder("who", "Who"))
                .build(),
        "options[1]",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            CommandBuilder.chatInput("twice", "Twice")
                .option(new UserOptionBuilder("who", "Who"))
                .option(new RoleOptionBuilder("who", "Who again"))
                .build(),
        "options[1].name",
        Rule.NOT_ALLOWED);
    // A group inside a group does not compile with the builders; built elsewhere, it is refused.
    CommandOption inner = new SubCommandGroupBuilder("inner", "Inner").build();
    SubCommandGroupOption outer =
        new SubCommandGroupOption(
            "outer",
            Optional.empty(),
            Optional.empty(),
            "Outer",
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(inner)));
    fails(
        () -> CommandBuilder.chatInput("nest", "Nest").option(outer).build(),
        "options[0].options[0]",
        Rule.NOT_ALLOWED);
  }

  @Test
  void theWholeCommandHasAtMost8000Characters() {
    CommandBuilder big = CommandBuilder.chatInput("big", "d".repeat(100));
    for (int i = 0; i < 25; i++) {
      StringOptionBuilder option = new StringOptionBuilder("o" + i, "d".repeat(100));
      for (int c = 0; c < 3; c++) {
        option.choice("n".repeat(100), "v".repeat(100));
      }
      big.option(option);
    }
    fails(big::build, "command", Rule.TOO_LONG);
  }
}
