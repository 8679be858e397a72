package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Optional;

/**
 * The partial guild an interaction comes from, sent as {@link Interaction#guild()}. Maps the
 * partial "Guild Object" (resources/guild) of the interaction's {@code guild} field, which carries
 * the guild's id, preferred locale and features; the whole object is {@link
 * dev.gloam.model.guild.Guild}.
 *
 * @param id the guild's id
 * @param locale the guild's preferred locale, such as {@code en-US}
 * @param features the guild's features
 */
public record InteractionGuild(
    Id<GuildMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<DiscordLocale> locale,
    @JsonInclude(Include.NON_ABSENT) Optional<List<GuildFeature>> features) {}
