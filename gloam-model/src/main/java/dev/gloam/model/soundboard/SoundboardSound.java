package dev.gloam.model.soundboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A sound users can play in voice channels: one of Discord's defaults or a guild's own. Maps
 * Discord's "Soundboard Sound Object" (resources/soundboard).
 *
 * @param name the sound's name
 * @param soundId the sound's id
 * @param volume the sound's volume, from 0 to 1
 * @param emojiId the sound's custom emoji, if any ({@code null} otherwise)
 * @param emojiName the sound's unicode emoji, if any ({@code null} otherwise)
 * @param guildId the guild the sound belongs to; absent for default sounds
 * @param available whether the sound can be played; false when the guild lost boosts
 * @param user the user who uploaded the sound
 */
public record SoundboardSound(
    String name,
    Id<SoundboardSoundMarker> soundId,
    double volume,
    Optional<Id<EmojiMarker>> emojiId,
    Optional<String> emojiName,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    boolean available,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user) {}
