package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * The interaction a message answers, attached to messages sent as interaction responses. Maps
 * Discord's "Message Interaction Object" (interactions/receiving-and-responding); Discord now
 * prefers the message's {@code interaction_metadata}.
 *
 * @param id the interaction's id
 * @param type the interaction's type
 * @param name the invoked command's name, with its subcommand group and subcommand
 * @param user the user who invoked the interaction
 * @param member the invoking member, partial, for interactions in guilds
 */
public record MessageInteraction(
    Id<InteractionMarker> id,
    InteractionType type,
    String name,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member) {}
