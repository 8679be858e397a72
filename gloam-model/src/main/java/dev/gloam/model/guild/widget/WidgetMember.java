package dev.gloam.model.guild.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * An online member listed in a guild widget: a partial user with its presence. Maps the members of
 * Discord's "Guild Widget Object" (resources/guild) and the {@code WidgetMember} schema of its
 * OpenAPI description.
 *
 * <p>Discord anonymizes the id, discriminator and avatar, so the id is a plain string (an index
 * such as {@code "0"}, not a snowflake) and the avatar is always {@code null}; use {@code
 * avatarUrl}.
 *
 * @param id the anonymized id
 * @param username the user's name
 * @param discriminator the anonymized discriminator, {@code "0000"}
 * @param avatar always {@code null}
 * @param status the presence status, such as {@code online}, {@code idle} or {@code dnd}
 * @param avatarUrl a URL of the member's avatar
 * @param activity what the member is doing, if anything
 * @param deaf whether the member is deafened by the guild, when in a voice channel
 * @param mute whether the member is muted by the guild, when in a voice channel
 * @param selfDeaf whether the member deafened themselves, when in a voice channel
 * @param selfMute whether the member muted themselves, when in a voice channel
 * @param suppress whether the member is suppressed, when in a voice channel
 * @param channelId the voice channel the member is in, if any
 */
public record WidgetMember(
    String id,
    String username,
    String discriminator,
    Optional<ImageHash> avatar,
    Status status,
    String avatarUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<WidgetActivity> activity,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> deaf,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> mute,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> selfDeaf,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> selfMute,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> suppress,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> channelId) {}
