package dev.gloam.model.invite;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A member of a group DM as an invite lists it: a user reduced to id, username and avatar. Part of
 * the partial channel in Discord's "Invite Object" (resources/invite).
 *
 * @param id the user's id
 * @param username the user's username
 * @param avatar the avatar hash, if any (sent as {@code null} otherwise)
 */
public record InviteChannelRecipient(
    Id<UserMarker> id, String username, Optional<ImageHash> avatar) {}
