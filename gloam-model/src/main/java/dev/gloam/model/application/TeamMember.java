package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.TeamMarker;
import dev.gloam.model.user.User;
import java.util.List;
import java.util.Optional;

/**
 * A user's membership in a developer team. Maps Discord's "Team Member Object" (topics/teams).
 *
 * @param membershipState whether the user accepted the invitation
 * @param teamId the team
 * @param user the member, partial: id, username, discriminator and avatar
 * @param role the member's role; the team's owner is not told apart here but by {@link
 *     Team#ownerUserId()}
 * @param permissions the legacy permission list, {@code ["*"]}, that Discord still sends with each
 *     member (absent if not sent)
 */
public record TeamMember(
    TeamMembershipState membershipState,
    Id<TeamMarker> teamId,
    User user,
    TeamMemberRole role,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> permissions) {}
