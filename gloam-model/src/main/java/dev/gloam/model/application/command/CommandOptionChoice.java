package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;
import java.util.Optional;

/**
 * A predefined value of a string, integer or number option, also sent as an autocomplete
 * suggestion. Maps Discord's "Application Command Option Choice Structure"
 * (interactions/application-commands).
 *
 * @param name the name shown to users, 1 to 100 characters
 * @param nameLocalizations the name's translations by locale (such as {@code "de"}); absent or
 *     {@code null} when there are none
 * @param nameLocalized the name in the requester's locale, sent instead of {@code
 *     name_localizations} by the endpoints that list commands
 * @param value the value: a string, an integer or a number, matching the option's type
 */
public record CommandOptionChoice(
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> nameLocalizations,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nameLocalized,
    CommandOptionValue value) {}
