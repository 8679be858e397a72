package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message in a channel. Maps Discord's "Message Object" (resources/message), plus the {@code
 * guild_id} and {@code member} fields that the gateway's {@code MESSAGE_CREATE} adds.
 *
 * <p>Without the {@code MESSAGE_CONTENT} intent, {@code content} is empty for messages that do not
 * mention the bot.
 *
 * @param id the message's id
 * @param channelId the channel it was sent in
 * @param author the author; for webhook messages, the webhook's name and avatar
 * @param content the text, up to 2000 characters
 * @param timestamp when it was sent
 * @param editedTimestamp when it was last edited, if ever (sent as {@code null} otherwise)
 * @param tts whether it was sent as text-to-speech
 * @param mentionEveryone whether it mentions {@code @everyone}
 * @param mentions the users it mentions
 * @param mentionRoles the roles it mentions
 * @param pinned whether it is pinned
 * @param webhookId the webhook that sent it, if one did
 * @param type the message's type
 * @param applicationId the application that sent it, for interaction responses
 * @param flags the message's flags
 * @param guildId the guild, in {@code MESSAGE_CREATE} events for guild messages
 * @param member the author's membership, in {@code MESSAGE_CREATE} events for guild messages
 */
public record Message(
    Id<MessageMarker> id,
    Id<ChannelMarker> channelId,
    User author,
    String content,
    Instant timestamp,
    Optional<Instant> editedTimestamp,
    boolean tts,
    boolean mentionEveryone,
    List<User> mentions,
    List<Id<RoleMarker>> mentionRoles,
    boolean pinned,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<WebhookMarker>> webhookId,
    MessageType type,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member) {}
