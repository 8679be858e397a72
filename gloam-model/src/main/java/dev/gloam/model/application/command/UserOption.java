package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A parameter that takes a user. An {@code USER} variant of Discord's "Application Command Option
 * Structure" (interactions/application-commands).
 *
 * @param name the option's name, 1 to 32 characters, unique among its siblings
 * @param nameLocalizations the name's translations by locale; absent or {@code null} when there are
 *     none
 * @param nameLocalized the name in the requester's locale, sent instead of {@code
 *     name_localizations} by the endpoints that list commands
 * @param description the option's description, 1 to 100 characters
 * @param descriptionLocalizations the description's translations by locale; absent or {@code null}
 *     when there are none
 * @param descriptionLocalized the description in the requester's locale, sent like {@code
 *     nameLocalized}
 * @param required whether the user must fill the option in (absent means no)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record UserOption(
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> nameLocalizations,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nameLocalized,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> descriptionLocalizations,
    @JsonInclude(Include.NON_ABSENT) Optional<String> descriptionLocalized,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required)
    implements CommandOption {
  @Override
  public CommandOptionType type() {
    return CommandOptionType.USER;
  }
}
