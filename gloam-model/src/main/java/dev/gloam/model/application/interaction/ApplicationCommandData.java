package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;
import java.util.Optional;

/**
 * The data of an {@code APPLICATION_COMMAND} or {@code APPLICATION_COMMAND_AUTOCOMPLETE}
 * interaction: which command was invoked, and with what. Maps Discord's "Application Command Data
 * Structure" (interactions/receiving-and-responding).
 *
 * @param id the invoked command's id
 * @param name the invoked command's name
 * @param type the invoked command's type
 * @param resolved the users, members, roles, channels and attachments the options refer to
 * @param options the options the user filled in, subcommands first; partial for autocomplete
 * @param guildId the guild the command is registered in, for guild commands
 * @param targetId the user or message a user or message command was used on
 */
public record ApplicationCommandData(
    Id<CommandMarker> id,
    String name,
    CommandType type,
    @JsonInclude(Include.NON_ABSENT) Optional<ResolvedData> resolved,
    @JsonInclude(Include.NON_ABSENT) Optional<List<CommandInteractionDataOption>> options,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GenericMarker>> targetId)
    implements InteractionData {

  /**
   * Returns the option the user is typing in, for autocomplete interactions, searching into
   * subcommands and groups.
   *
   * @return the focused option, or empty if none is focused
   */
  public Optional<CommandInteractionDataOption> focusedOption() {
    return options.flatMap(CommandInteractionDataOption::findFocused);
  }
}
