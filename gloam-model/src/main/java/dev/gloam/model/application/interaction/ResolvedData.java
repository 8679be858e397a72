package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.attachment.Attachment;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Role;
import dev.gloam.model.user.User;
import java.util.Map;
import java.util.Optional;

/**
 * The objects that the ids in an interaction's options or selections refer to, keyed by id (the
 * snowflake's decimal string). Maps Discord's "Resolved Data Structure"
 * (interactions/receiving-and-responding).
 *
 * @param users the users, by id; every member below has its user here
 * @param members the guild members, by user id; partial, without {@code user}, {@code deaf} and
 *     {@code mute}
 * @param roles the roles, by id
 * @param channels the channels, by id; partial
 * @param messages the messages, by id; partial
 * @param attachments the attachments, by id
 */
public record ResolvedData(
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, User>> users,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, Member>> members,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, Role>> roles,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, Channel>> channels,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, Message>> messages,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, Attachment>> attachments) {}
