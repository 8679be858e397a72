package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;
import java.util.Optional;

/**
 * One metadata field an application stores for users' role connections, which guilds can require
 * for a role. Maps Discord's "Application Role Connection Metadata Object"
 * (resources/application-role-connection-metadata).
 *
 * @param type how the user's value is compared with the guild's
 * @param key the field's key in a user's metadata ({@code a-z}, {@code 0-9} and {@code _}, 1 to 50
 *     characters)
 * @param name the field's name, 1 to 100 characters
 * @param nameLocalizations the name's translations by locale (such as {@code "fr"})
 * @param description the field's description, 1 to 200 characters
 * @param descriptionLocalizations the description's translations by locale
 */
public record ApplicationRoleConnectionMetadata(
    ApplicationRoleConnectionMetadataType type,
    String key,
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<DiscordLocale, String>> nameLocalizations,
    String description,
    @JsonInclude(Include.NON_ABSENT)
        Optional<Map<DiscordLocale, String>> descriptionLocalizations) {}
