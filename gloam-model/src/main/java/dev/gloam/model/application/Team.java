package dev.gloam.model.application;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.TeamMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * A developer team that owns applications. Maps Discord's "Team Object" (topics/teams).
 *
 * @param icon the team's icon hash, if it has one (sent as {@code null} otherwise)
 * @param id the team's id
 * @param members the team's members
 * @param name the team's name
 * @param ownerUserId the user who owns the team
 */
public record Team(
    Optional<ImageHash> icon,
    Id<TeamMarker> id,
    List<TeamMember> members,
    String name,
    Id<UserMarker> ownerUserId) {}
