package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * The partial channel an invite carries. Maps the "partial channel object" of Discord's "Invite
 * Object" (resources/invite).
 *
 * @param id the channel's id
 * @param type the channel's type
 * @param name the channel's name ({@code null} for an unnamed group DM)
 * @param icon the icon hash, for group DMs
 * @param recipients the members, for group DMs (each with id, username and avatar only)
 */
public record InviteChannel(
    Id<ChannelMarker> id,
    ChannelType type,
    Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<List<InviteChannelRecipient>> recipients) {}
