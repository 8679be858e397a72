package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.interaction.InteractionType;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * The interaction a message answers, in the older form that {@link MessageInteractionMetadata}
 * replaces. Maps Discord's "Message Interaction Structure" (interactions/receiving-and-responding).
 *
 * @param id the interaction's id
 * @param type the interaction's type
 * @param name the command's name, with its subcommand group and subcommand
 * @param user the user who triggered the interaction
 * @param member the user's partial membership, in guilds
 * @deprecated Discord deprecated this object in favour of {@link MessageInteractionMetadata}.
 */
@Deprecated
public record MessageInteraction(
    Id<InteractionMarker> id,
    InteractionType type,
    String name,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member) {}
