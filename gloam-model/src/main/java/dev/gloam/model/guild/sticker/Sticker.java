package dev.gloam.model.guild.sticker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.id.marker.StickerPackMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A sticker that can be sent in messages: an official one from a pack, or one a guild uploaded.
 * Maps Discord's "Sticker Object" (resources/sticker).
 *
 * @param id the sticker's id, which also names its image
 * @param packId the pack of a standard sticker (absent for guild stickers)
 * @param name the sticker's name
 * @param description the sticker's description, if any
 * @param tags the words that suggest the sticker; standard stickers use a comma separated list, and
 *     Discord's client puts an emoji's name here for guild stickers
 * @param type whether the sticker is standard or a guild's
 * @param formatType the sticker's file format
 * @param available whether a guild sticker can be used; false when the guild lost boosts
 * @param guildId the guild that owns a guild sticker
 * @param user the user who uploaded a guild sticker (only with the right permissions)
 * @param sortValue the position of a standard sticker in its pack
 */
public record Sticker(
    Id<StickerMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<StickerPackMarker>> packId,
    String name,
    Optional<String> description,
    String tags,
    StickerType type,
    StickerFormatType formatType,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> available,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> sortValue) {}
