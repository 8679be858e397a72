package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * The partial guild an application is associated with, sent as {@link Application#guild()}. Maps
 * the partial "Guild Object" (resources/guild) of the application's {@code guild} field; the whole
 * object is {@link dev.gloam.model.guild.Guild}.
 *
 * <p>Discord does not list which guild fields the partial carries, so only the id is required; the
 * others are read when sent and omitted again when written.
 *
 * @param id the guild's id
 * @param name the guild's name, if sent
 * @param icon the icon hash, if sent and the guild has one
 * @param description the guild's description, if sent and set
 * @param splash the invite splash hash, if sent and set
 * @param banner the banner hash, if sent and set
 * @param features the guild's features, if sent
 */
public record ApplicationGuild(
    Id<GuildMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> splash,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> banner,
    @JsonInclude(Include.NON_ABSENT) Optional<List<GuildFeature>> features) {}
