package dev.gloam.model.application.command;

import static dev.gloam.model.application.Payloads.assertWireKept;
import static dev.gloam.model.application.Payloads.load;
import static dev.gloam.model.application.Payloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationCommandTest {
  @Test
  void chatInputCommandWithEveryOptionTypeKeepsItsWireFormExactly() {
    ApplicationCommand command =
        assertWireKept(load("command_chat_input.json"), ApplicationCommand.class);

    assertThat(command.effectiveType()).isEqualTo(CommandType.CHAT_INPUT);
    assertThat(command.applicationId()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(command.guildId()).contains(Id.of(290926798626357260L));
    assertThat(command.nameLocalizations().orElseThrow())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                DiscordLocale.FRENCH,
                "permissions",
                DiscordLocale.PORTUGUESE_BRAZILIAN,
                "permissoes"));
    assertThat(command.descriptionLocalizations().orElseThrow()).containsKey(DiscordLocale.FRENCH);
    assertThat(command.defaultMemberPermissions())
        .contains(Permissions.MANAGE_ROLES.with(Permissions.MANAGE_GUILD));
    assertThat(command.dmPermission()).contains(false);
    assertThat(command.defaultPermission()).contains(true);
    assertThat(command.nsfw()).contains(false);
    assertThat(command.integrationTypes())
        .contains(
            List.of(
                ApplicationIntegrationType.GUILD_INSTALL, ApplicationIntegrationType.USER_INSTALL));
    List<InteractionContextType> contexts = command.contexts().orElseThrow();
    assertThat(contexts.subList(0, 3))
        .containsExactly(
            InteractionContextType.GUILD,
            InteractionContextType.BOT_DM,
            InteractionContextType.PRIVATE_CHANNEL);
    assertThat(contexts.get(3).isKnown()).isFalse();
    assertThat(command.version()).isEqualTo(Id.of(1101245123456789999L));
    assertThat(command.handler()).isEmpty();

    List<CommandOption> options = command.options().orElseThrow();
    SubCommandGroupOption group = (SubCommandGroupOption) options.get(0);
    assertThat(group.type()).isEqualTo(CommandOptionType.SUB_COMMAND_GROUP);
    assertThat(group.nameLocalizations()).contains(Map.of(DiscordLocale.GERMAN, "benutzer"));
    assertThat(group.descriptionLocalizations()).isEmpty();
    SubCommandOption get = (SubCommandOption) group.options().orElseThrow().get(0);
    List<CommandOption> params = get.options().orElseThrow();
    assertThat(params)
        .extracting(CommandOption::type)
        .containsExactly(
            CommandOptionType.USER,
            CommandOptionType.CHANNEL,
            CommandOptionType.ROLE,
            CommandOptionType.MENTIONABLE,
            CommandOptionType.BOOLEAN,
            CommandOptionType.ATTACHMENT);
    assertThat(((UserOption) params.get(0)).required()).contains(true);
    ChannelOption channel = (ChannelOption) params.get(1);
    assertThat(channel.channelTypes().orElseThrow())
        .containsExactly(
            ChannelType.GUILD_TEXT,
            ChannelType.GUILD_ANNOUNCEMENT,
            ChannelType.GUILD_FORUM,
            ChannelType.of(99));
    assertThat(params.get(2)).isInstanceOf(RoleOption.class);
    assertThat(((MentionableOption) params.get(3)).required()).contains(false);
    assertThat(((BooleanOption) params.get(4)).required()).isEmpty();
    assertThat(((AttachmentOption) params.get(5)).fileTypes()).contains(List.of("image", ".pdf"));

    List<CommandOption> set = ((SubCommandOption) options.get(1)).options().orElseThrow();
    StringOption mode = (StringOption) set.get(0);
    assertThat(mode.minLength()).contains(1);
    assertThat(mode.maxLength()).contains(20);
    assertThat(mode.choices().orElseThrow())
        .extracting(CommandOptionChoice::value)
        .containsExactly(new StringValue("strict"), new StringValue("lax"));
    assertThat(mode.choices().orElseThrow().get(0).nameLocalizations())
        .contains(Map.of(DiscordLocale.FRENCH, "Strict"));

    IntegerOption count = (IntegerOption) set.get(1);
    assertThat(count.minValue()).contains(-9007199254740991L);
    assertThat(count.maxValue()).contains(9007199254740991L);
    assertThat(count.choices().orElseThrow())
        .extracting(CommandOptionChoice::value)
        .containsExactly(new IntegerValue(1), new IntegerValue(9007199254740991L));

    NumberOption ratio = (NumberOption) set.get(2);
    assertThat(ratio.minValue()).contains(0.5);
    assertThat(ratio.maxValue()).contains(2.5);
    assertThat(ratio.choices().orElseThrow())
        .extracting(CommandOptionChoice::value)
        .containsExactly(new NumberValue(0.5), new NumberValue(2.0), new IntegerValue(1));

    assertThat(((StringOption) set.get(3)).autocomplete()).contains(true);

    UnknownCommandOption future = (UnknownCommandOption) set.get(4);
    assertThat(future.type()).isEqualTo(CommandOptionType.of(99));
    assertThat(future.name()).isEqualTo("future");
    assertThat(future.raw().get("shiny").size()).isEqualTo(2);
  }

  @Test
  void userCommandWithNullLocalizationsAndPermissions() {
    String json = load("command_user.json");
    ApplicationCommand command = ModelJson.read(json, ApplicationCommand.class);
    assertThat(command.type()).contains(CommandType.USER);
    assertThat(command.description()).isEmpty();
    assertThat(command.nameLocalizations()).isEmpty();
    assertThat(command.contexts()).isEmpty();
    assertThat(command.defaultMemberPermissions()).isEmpty();
    assertThat(command.options()).isEmpty();
    assertThat(command.guildId()).isEmpty();

    var written = tree(ModelJson.write(command));
    assertThat(written.get("default_member_permissions").isNull()).isTrue();
    assertThat(written.has("name_localizations")).isFalse();
    assertThat(written.has("options")).isFalse();
    assertThat(ModelJson.read(written, ApplicationCommand.class)).isEqualTo(command);
  }

  @Test
  void entryPointCommandWithLocalizedNames() {
    ApplicationCommand command =
        assertWireKept(load("command_entry_point.json"), ApplicationCommand.class);
    assertThat(command.effectiveType()).isEqualTo(CommandType.PRIMARY_ENTRY_POINT);
    assertThat(command.handler()).contains(EntryPointCommandHandlerType.DISCORD_LAUNCH_ACTIVITY);
    assertThat(command.nameLocalized()).contains("lancer");
    assertThat(command.descriptionLocalized()).contains("Lancer la course");
  }

  @Test
  void commandTypeDefaultsToChatInput() {
    ApplicationCommand command =
        ModelJson.read(
            "{\"id\":\"1\",\"application_id\":\"2\",\"name\":\"x\",\"description\":\"d\","
                + "\"default_member_permissions\":null,\"version\":\"3\",\"type\":null}",
            ApplicationCommand.class);
    assertThat(command.type()).isEmpty();
    assertThat(command.effectiveType()).isEqualTo(CommandType.CHAT_INPUT);
    assertThat(ModelJson.write(command)).doesNotContain("\"type\"");
  }

  @Test
  void commandPermissions() {
    GuildApplicationCommandPermissions[] all =
        assertWireKept(
            load("command_permissions.json"), GuildApplicationCommandPermissions[].class);
    GuildApplicationCommandPermissions perms = all[0];
    Id<GuildMarker> guild = perms.guildId();
    List<CommandPermission> list = perms.permissions();
    assertThat(list.get(0).id()).isEqualTo(CommandPermission.everyone(guild));
    assertThat(list.get(0).type()).isEqualTo(CommandPermissionType.ROLE);
    assertThat(list.get(0).permission()).isFalse();
    assertThat(list.get(1).id().value()).isEqualTo(CommandPermission.allChannels(guild).value());
    assertThat(list.get(1).type()).isEqualTo(CommandPermissionType.CHANNEL);
    assertThat(list.get(2).type()).isEqualTo(CommandPermissionType.USER);
    assertThat(list.get(2).id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(list.get(3).type().isKnown()).isFalse();
    assertThat(list.get(3).type().value()).isEqualTo(4);
  }

  @Test
  void optionValuesFollowTheJsonToken() {
    assertThat(ModelJson.read("\"abc\"", CommandOptionValue.class))
        .isEqualTo(new StringValue("abc"));
    assertThat(ModelJson.read("5", CommandOptionValue.class)).isEqualTo(new IntegerValue(5));
    assertThat(ModelJson.read("5.0", CommandOptionValue.class)).isEqualTo(new NumberValue(5.0));
    assertThat(ModelJson.read("true", CommandOptionValue.class)).isEqualTo(new BooleanValue(true));
    assertThat(ModelJson.write(new IntegerValue(5))).isEqualTo("5");
    assertThat(ModelJson.write(new NumberValue(5.0))).isEqualTo("5.0");
    assertThat(new StringValue("511972282709709995").asId()).isEqualTo(Id.of(511972282709709995L));
    assertThat(new IntegerValue(7).asString()).isEqualTo("7");

    CommandOptionChoice choice =
        new CommandOptionChoice("Seven", Optional.empty(), Optional.empty(), new IntegerValue(7));
    assertThat(ModelJson.write(choice)).isEqualTo("{\"name\":\"Seven\",\"value\":7}");
  }
}
