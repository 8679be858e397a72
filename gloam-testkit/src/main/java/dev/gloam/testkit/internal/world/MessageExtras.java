package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a message beyond its text ({@code resources/message.mdx}, "Message Object"): what
 * the sender chose besides content (flags, attachments, stickers, a poll, a forwarded message) and
 * what changes after sending (edits, pins, reactions, poll votes). Immutable: every change makes a
 * new value, so a stored message is replaced as a whole under the world's lock.
 *
 * @param type the message type, or null for the type the message's shape implies (0, or 19 for a
 *     reply)
 * @param flags the message flags
 * @param editedTimestamp when the message was last edited, or null
 * @param pinnedAt when the message was pinned, or null if it is not pinned
 * @param attachments the attachment objects
 * @param stickerItems the sticker item objects
 * @param poll the poll object without its results, or null
 * @param votes the poll's voters by answer id
 * @param pollFinalized whether the poll ended and its results are final
 * @param reactions the reactions, in the order their first user added them
 * @param reference the message reference of a forward or a system message, or null
 * @param snapshots the forwarded message snapshots
 * @param origin the fields of a message a webhook or an interaction sent ({@code webhook_id},
 *     {@code application_id}, {@code interaction_metadata}, and the webhook's {@code author}), or
 *     null for a message of a user
 */
public record MessageExtras(
    Integer type,
    int flags,
    Instant editedTimestamp,
    Instant pinnedAt,
    ArrayNode attachments,
    ArrayNode stickerItems,
    ObjectNode poll,
    Map<Integer, List<Long>> votes,
    boolean pollFinalized,
    List<MessageReaction> reactions,
    ObjectNode reference,
    ArrayNode snapshots,
    ObjectNode origin) {

  /** Nothing beyond the text. */
  public static final MessageExtras NONE =
      new MessageExtras(
          null,
          0,
          null,
          null,
          Json.array(),
          Json.array(),
          null,
          Map.of(),
          false,
          List.of(),
          null,
          Json.array(),
          null);

  /**
   * Copies every mutable part.
   *
   * @param type the type or null
   * @param flags the flags
   * @param editedTimestamp the edit time or null
   * @param pinnedAt the pin time or null
   * @param attachments the attachments
   * @param stickerItems the sticker items
   * @param poll the poll or null
   * @param votes the votes
   * @param pollFinalized whether the poll is final
   * @param reactions the reactions
   * @param reference the reference or null
   * @param snapshots the snapshots
   * @param origin the webhook or interaction fields, or null
   */
  public MessageExtras {
    attachments = attachments.deepCopy();
    stickerItems = stickerItems.deepCopy();
    poll = poll == null ? null : poll.deepCopy();
    Map<Integer, List<Long>> copied = new LinkedHashMap<>();
    votes.forEach((answer, users) -> copied.put(answer, List.copyOf(users)));
    votes = java.util.Collections.unmodifiableMap(copied);
    reactions = List.copyOf(reactions);
    reference = reference == null ? null : reference.deepCopy();
    snapshots = snapshots.deepCopy();
    origin = origin == null ? null : origin.deepCopy();
  }

  /**
   * Returns these extras for a message a webhook or an interaction sent.
   *
   * @param newOrigin the fields that tell who sent it, or null
   * @return the new extras
   */
  public MessageExtras withOrigin(ObjectNode newOrigin) {
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        newOrigin);
  }

  /**
   * Returns a copy of the attachments.
   *
   * @return the attachment objects
   */
  @Override
  public ArrayNode attachments() {
    return attachments.deepCopy();
  }

  /**
   * Returns a copy of the sticker items.
   *
   * @return the sticker item objects
   */
  @Override
  public ArrayNode stickerItems() {
    return stickerItems.deepCopy();
  }

  /**
   * Returns a copy of the poll.
   *
   * @return the poll object without results, or null
   */
  @Override
  public ObjectNode poll() {
    return poll == null ? null : poll.deepCopy();
  }

  /**
   * Returns a copy of the reference.
   *
   * @return the message reference, or null
   */
  @Override
  public ObjectNode reference() {
    return reference == null ? null : reference.deepCopy();
  }

  /**
   * Returns a copy of the snapshots.
   *
   * @return the message snapshot objects
   */
  @Override
  public ArrayNode snapshots() {
    return snapshots.deepCopy();
  }

  /**
   * Returns a copy of the webhook or interaction fields.
   *
   * @return the fields, or null for a message of a user
   */
  @Override
  public ObjectNode origin() {
    return origin == null ? null : origin.deepCopy();
  }

  /**
   * Returns these extras with other flags.
   *
   * @param newFlags the flags
   * @return the new extras
   */
  public MessageExtras withFlags(int newFlags) {
    return new MessageExtras(
        type,
        newFlags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras after an edit.
   *
   * @param editedAt when the edit happened
   * @param newAttachments the attachments after the edit
   * @return the new extras
   */
  public MessageExtras edited(Instant editedAt, ArrayNode newAttachments) {
    return new MessageExtras(
        type,
        flags,
        editedAt,
        pinnedAt,
        newAttachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras with what the sender chose besides flags and attachments.
   *
   * @param newStickerItems the sticker items
   * @param newPoll the poll without results, or null
   * @param newReference the reference of a forward or system message, or null
   * @param newSnapshots the forwarded message snapshots
   * @return the new extras
   */
  public MessageExtras withParts(
      ArrayNode newStickerItems,
      ObjectNode newPoll,
      ObjectNode newReference,
      ArrayNode newSnapshots) {
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        newStickerItems,
        newPoll,
        votes,
        pollFinalized,
        reactions,
        newReference,
        newSnapshots,
        origin);
  }

  /**
   * Returns these extras with a fixed message type, for system messages.
   *
   * @param newType the message type
   * @return the new extras
   */
  public MessageExtras withType(int newType) {
    return new MessageExtras(
        newType,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras pinned at a time, or unpinned.
   *
   * @param newPinnedAt when the message was pinned, or null to unpin
   * @return the new extras
   */
  public MessageExtras withPinnedAt(Instant newPinnedAt) {
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        newPinnedAt,
        attachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras with other reactions.
   *
   * @param newReactions the reactions
   * @return the new extras
   */
  public MessageExtras withReactions(List<MessageReaction> newReactions) {
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        poll,
        votes,
        pollFinalized,
        newReactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras with other poll votes.
   *
   * @param newVotes the voters by answer id
   * @return the new extras
   */
  public MessageExtras withVotes(Map<Integer, List<Long>> newVotes) {
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        poll,
        newVotes,
        pollFinalized,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns these extras with the poll ended now: its expiry becomes the given time and its results
   * final.
   *
   * @param endedAt when the poll ended
   * @return the new extras
   */
  public MessageExtras withPollEnded(Instant endedAt) {
    ObjectNode ended = poll();
    if (ended != null) {
      ended.put("expiry", DiscordTime.format(endedAt));
    }
    return new MessageExtras(
        type,
        flags,
        editedTimestamp,
        pinnedAt,
        attachments,
        stickerItems,
        ended,
        votes,
        true,
        reactions,
        reference,
        snapshots,
        origin);
  }

  /**
   * Returns the poll's voters of one answer.
   *
   * @param answerId the answer
   * @return the user ids, oldest vote first
   */
  public List<Long> voters(int answerId) {
    return votes.getOrDefault(answerId, List.of());
  }

  /**
   * Returns the poll votes with one vote added or removed.
   *
   * @param answerId the answer
   * @param userId the voter
   * @param add true to add the vote, false to remove it
   * @return the new voters by answer id
   */
  public Map<Integer, List<Long>> votesWith(int answerId, long userId, boolean add) {
    Map<Integer, List<Long>> changed = new LinkedHashMap<>(votes);
    List<Long> users = new ArrayList<>(voters(answerId));
    if (add) {
      users.add(userId);
    } else {
      users.remove(Long.valueOf(userId));
    }
    changed.put(answerId, users);
    return changed;
  }
}
