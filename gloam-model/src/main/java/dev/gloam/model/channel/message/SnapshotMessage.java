package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.attachment.Attachment;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.guild.sticker.StickerItem;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a forwarded message that its {@link MessageSnapshot} keeps. Maps the partial
 * "Message Object" of Discord's "Message Snapshot Structure" (resources/message); the author, among
 * others, is not included.
 *
 * @param type the message's type
 * @param content the text
 * @param embeds the embeds
 * @param attachments the attached files
 * @param timestamp when the original was sent
 * @param editedTimestamp when the original was last edited, if ever (sent as {@code null}
 *     otherwise)
 * @param flags the original's flags
 * @param mentions the users it mentions
 * @param mentionRoles the roles it mentions
 * @param stickerItems the stickers sent with the original
 * @param stickers the original's full stickers (deprecated by Discord)
 * @param components the original's components
 */
public record SnapshotMessage(
    MessageType type,
    String content,
    List<Embed> embeds,
    List<Attachment> attachments,
    Instant timestamp,
    Optional<Instant> editedTimestamp,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageFlags> flags,
    List<User> mentions,
    List<Id<RoleMarker>> mentionRoles,
    @JsonInclude(Include.NON_ABSENT) Optional<List<StickerItem>> stickerItems,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Sticker>> stickers,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Component>> components) {}
