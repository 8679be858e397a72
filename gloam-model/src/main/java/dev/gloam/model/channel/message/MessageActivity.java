package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The Rich Presence activity a message invites to. Maps Discord's "Message Activity Structure"
 * (resources/message).
 *
 * @param type the kind of invitation
 * @param partyId the party's id, from the Rich Presence event
 */
public record MessageActivity(
    MessageActivityType type, @JsonInclude(Include.NON_ABSENT) Optional<String> partyId) {}
