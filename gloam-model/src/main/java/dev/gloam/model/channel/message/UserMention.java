package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.guild.Member;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A user mentioned in a message: a user object, to which the gateway's {@code MESSAGE_CREATE} and
 * {@code MESSAGE_UPDATE} add the user's partial guild membership. Maps the {@code mentions} items
 * of Discord's "Message Object" (resources/message) and "Message Create" event
 * (events/gateway-events).
 *
 * @param user the mentioned user, whose fields sit at the top level of the JSON object
 * @param member the user's membership in the message's guild, without its {@code user} field
 */
public record UserMention(
    @JsonUnwrapped User user, @JsonInclude(Include.NON_ABSENT) Optional<Member> member) {}
