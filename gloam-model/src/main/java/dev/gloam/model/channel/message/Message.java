package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.application.interaction.ResolvedData;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.attachment.Attachment;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.Poll;
import dev.gloam.model.channel.message.reaction.Reaction;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.guild.sticker.StickerItem;
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
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A message in a channel. Maps Discord's "Message Object" (resources/message), plus the extra
 * fields of the gateway's {@code MESSAGE_CREATE} and {@code MESSAGE_UPDATE} events ({@code
 * guild_id}, {@code member}, {@code channel_type}, and the members of mentioned users).
 *
 * <p>Without the {@code MESSAGE_CONTENT} intent, {@code content}, {@code embeds} and {@code
 * attachments} are empty and {@code poll} is absent for messages that do not mention the bot.
 *
 * @param id the message's id
 * @param channelId the channel it was sent in
 * @param author the author; for webhook messages, the webhook's id, name and avatar
 * @param content the text, up to 2000 characters
 * @param timestamp when it was sent
 * @param editedTimestamp when it was last edited, if ever (sent as {@code null} otherwise)
 * @param tts whether it was sent as text-to-speech
 * @param mentionEveryone whether it mentions {@code @everyone}
 * @param mentions the users it mentions; in gateway events, with their guild membership
 * @param mentionRoles the roles it mentions
 * @param mentionChannels the channels it mentions, only in crossposted messages and only for
 *     channels everyone can see
 * @param attachments the attached files
 * @param embeds the embeds
 * @param reactions the reactions, if any
 * @param nonce the value the sender attached to recognise the message
 * @param pinned whether it is pinned
 * @param webhookId the webhook that sent it, if one did
 * @param type the message's type
 * @param activity the Rich Presence invitation, for such messages
 * @param application the application, partial, for Rich Presence messages
 * @param applicationId the application that sent it, for interaction responses and messages of
 *     application-owned webhooks
 * @param flags the message's flags
 * @param messageReference what the message points at: a reply's parent, a crosspost's original, a
 *     forwarded message, and so on
 * @param messageSnapshots the copies of forwarded messages (Discord sends at most one)
 * @param referencedMessage for replies, thread starters and context menu commands, the message
 *     pointed at: empty when the field is absent (Discord did not look it up), a present but empty
 *     inner optional when it is {@code null} (the message was deleted)
 * @param interactionMetadata the interaction the message answers
 * @param interaction the interaction the message answers, in Discord's deprecated form
 * @param thread the thread started from this message
 * @param components the components: buttons, select menus, layout and content components
 * @param stickerItems the stickers sent with the message
 * @param stickers the full stickers sent with the message (deprecated by Discord: use {@code
 *     stickerItems})
 * @param position the approximate position of the message in its thread
 * @param roleSubscriptionData the subscription a {@link MessageType#ROLE_SUBSCRIPTION_PURCHASE}
 *     message announces
 * @param resolved the users, members, roles, channels and attachments that the message's
 *     auto-filled select menus refer to, for messages with such components
 * @param poll the poll
 * @param call the call, for call messages in private channels
 * @param sharedClientTheme the client theme the message shares
 * @param guildId the guild, in gateway events for guild messages (absent for ephemeral messages)
 * @param member the author's partial membership, in gateway events for guild messages (absent for
 *     ephemeral and webhook messages)
 * @param channelType the type of the channel, in gateway events
 */
@SuppressWarnings("deprecation") // the deprecated interaction field is still sent
public record Message(
    Id<MessageMarker> id,
    Id<ChannelMarker> channelId,
    User author,
    String content,
    Instant timestamp,
    Optional<Instant> editedTimestamp,
    boolean tts,
    boolean mentionEveryone,
    List<UserMention> mentions,
    List<Id<RoleMarker>> mentionRoles,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ChannelMention>> mentionChannels,
    List<Attachment> attachments,
    List<Embed> embeds,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Reaction>> reactions,
    @JsonInclude(Include.NON_ABSENT) Optional<Nonce> nonce,
    boolean pinned,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<WebhookMarker>> webhookId,
    MessageType type,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageActivity> activity,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbeddedApplication> application,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageReference> messageReference,
    @JsonInclude(Include.NON_ABSENT) Optional<List<MessageSnapshot>> messageSnapshots,
    @JsonInclude(Include.NON_ABSENT) @JsonDeserialize(using = ReferencedMessageDeserializer.class)
        Optional<Optional<Message>> referencedMessage,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageInteractionMetadata> interactionMetadata,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageInteraction> interaction,
    @JsonInclude(Include.NON_ABSENT) Optional<Channel> thread,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Component>> components,
    @JsonInclude(Include.NON_ABSENT) Optional<List<StickerItem>> stickerItems,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Sticker>> stickers,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> position,
    @JsonInclude(Include.NON_ABSENT) Optional<RoleSubscriptionData> roleSubscriptionData,
    @JsonInclude(Include.NON_ABSENT) Optional<ResolvedData> resolved,
    @JsonInclude(Include.NON_ABSENT) Optional<Poll> poll,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageCall> call,
    @JsonInclude(Include.NON_ABSENT) Optional<SharedClientTheme> sharedClientTheme,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member,
    @JsonInclude(Include.NON_ABSENT) Optional<ChannelType> channelType) {

  /**
   * Returns the message's flags, or no flag when Discord did not send them.
   *
   * @return the flags
   */
  public MessageFlags flagsOrNone() {
    return flags.orElse(MessageFlags.NONE);
  }
}
