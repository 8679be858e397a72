package dev.gloam.model.guild;

import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * What anyone can see of a discoverable guild before joining it. Maps Discord's "Guild Preview
 * Object" (resources/guild).
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param icon the icon hash, if any
 * @param splash the invite splash hash, if any
 * @param discoverySplash the discovery splash hash, if any
 * @param emojis the guild's custom emojis
 * @param features the guild's features
 * @param approximateMemberCount about how many members the guild has
 * @param approximatePresenceCount about how many members are online
 * @param description the guild's description, if any
 * @param stickers the guild's custom stickers
 */
public record GuildPreview(
    Id<GuildMarker> id,
    String name,
    Optional<ImageHash> icon,
    Optional<ImageHash> splash,
    Optional<ImageHash> discoverySplash,
    List<Emoji> emojis,
    List<GuildFeature> features,
    int approximateMemberCount,
    int approximatePresenceCount,
    Optional<String> description,
    List<Sticker> stickers) {}
