package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.CommandVersionMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A registered application command: a slash command, a context menu command or an entry point. Maps
 * Discord's "Application Command Object" (interactions/application-commands).
 *
 * @param id the command's id
 * @param type the command's type; absent means {@link CommandType#CHAT_INPUT}
 * @param applicationId the application the command belongs to
 * @param guildId the guild, for guild commands (absent for global ones)
 * @param name the command's name, 1 to 32 characters
 * @param nameLocalizations the name's translations by locale (such as {@code "pt-BR"}); absent or
 *     {@code null} when there are none or the endpoint left them out
 * @param nameLocalized the name in the requester's locale, sent instead of {@code
 *     name_localizations} by the endpoints that list commands
 * @param description the description of a chat input command, 1 to 100 characters; empty for user
 *     and message commands
 * @param descriptionLocalizations the description's translations by locale; absent or {@code null}
 *     like {@code nameLocalizations}
 * @param descriptionLocalized the description in the requester's locale, sent like {@code
 *     nameLocalized}
 * @param options the parameters or subcommands of a chat input command, up to 25
 * @param defaultMemberPermissions the permissions a member needs to see the command by default;
 *     empty (sent as {@code null}) when everyone may use it
 * @param dmPermission deprecated, replaced by {@code contexts}: whether a global command can be
 *     used in DMs with the app
 * @param defaultPermission deprecated: whether the command is enabled by default when the app is
 *     added to a guild (absent or {@code null} when not set)
 * @param nsfw whether the command is age-restricted
 * @param integrationTypes the installation contexts the global command is available in
 * @param contexts the interaction contexts the global command can be used in (absent or {@code
 *     null} when not set)
 * @param version the command's version, changed on substantial updates
 * @param handler who handles a {@code PRIMARY_ENTRY_POINT} command
 */
public record ApplicationCommand(
    Id<CommandMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<CommandType> type,
    Id<ApplicationMarker> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> nameLocalizations,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nameLocalized,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> descriptionLocalizations,
    @JsonInclude(Include.NON_ABSENT) Optional<String> descriptionLocalized,
    @JsonInclude(Include.NON_ABSENT) Optional<List<CommandOption>> options,
    Optional<Permissions> defaultMemberPermissions,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> dmPermission,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> defaultPermission,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> nsfw,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ApplicationIntegrationType>> integrationTypes,
    @JsonInclude(Include.NON_ABSENT) Optional<List<InteractionContextType>> contexts,
    Id<CommandVersionMarker> version,
    @JsonInclude(Include.NON_ABSENT) Optional<EntryPointCommandHandlerType> handler) {

  /**
   * Returns the command's type, {@link CommandType#CHAT_INPUT} when Discord left it out.
   *
   * @return the effective type
   */
  public CommandType effectiveType() {
    return type.orElse(CommandType.CHAT_INPUT);
  }
}
