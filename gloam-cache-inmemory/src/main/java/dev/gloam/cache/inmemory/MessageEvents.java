package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.ResourceType.MESSAGE;
import static dev.gloam.cache.inmemory.ResourceType.REACTION;

import dev.gloam.cache.inmemory.form.CachedMessage;
import dev.gloam.cache.inmemory.form.CachedReaction;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.gateway.event.MessageDelete;
import dev.gloam.model.gateway.event.MessageDeleteBulk;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.MessageReactionRemove;
import dev.gloam.model.gateway.event.MessageReactionRemoveAll;
import dev.gloam.model.gateway.event.MessageReactionRemoveEmoji;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import java.util.ArrayList;
import java.util.List;

/** Updates for messages and their reactions. */
final class MessageEvents {
  private final Stores stores;
  private final MemberEvents members;

  MessageEvents(Stores stores, MemberEvents members) {
    this.stores = stores;
    this.members = members;
  }

  void create(Message message) {
    // A guild message carries its author's member (without the user, which is the author).
    if (message.guildId().isPresent() && message.member().isPresent()) {
      members.sideMember(message.guildId().get().value(), message.member().get(), message.author());
    }
    if (stores.wants(MESSAGE)) {
      stores.putMessage(stores.forms.message(message));
    }
  }

  // Only messages still cached are updated: an old message edited would otherwise push a newer one
  // out of its channel's bound.
  void update(Message message) {
    if (!stores.wants(MESSAGE)) {
      return;
    }
    CachedMessage edited = stores.forms.message(message);
    boolean keepReactions = message.reactions().isEmpty();
    stores.updateMessage(
        message.id().value(),
        before -> keepReactions ? edited.withReactions(before.reactions()) : edited);
  }

  void delete(MessageDelete event) {
    stores.removeMessage(event.channelId().value(), event.id().value());
  }

  void delete(MessageDeleteBulk event) {
    for (Id<?> id : event.ids()) {
      stores.removeMessage(event.channelId().value(), id.value());
    }
  }

  void reactionAdd(MessageReactionAdd event) {
    if (event.guildId().isPresent() && event.member().isPresent()) {
      members.sideMember(event.guildId().get().value(), event.member().get(), null);
    }
    if (!stores.wants(REACTION)) {
      return;
    }
    boolean mine = isCurrentUser(event.userId().value());
    change(event.messageId().value(), event.emoji(), 1, event.burst(), mine);
  }

  void reactionRemove(MessageReactionRemove event) {
    if (stores.wants(REACTION)) {
      boolean mine = isCurrentUser(event.userId().value());
      change(event.messageId().value(), event.emoji(), -1, event.burst(), mine);
    }
  }

  void reactionRemoveAll(MessageReactionRemoveAll event) {
    if (stores.wants(REACTION)) {
      stores.updateMessage(
          event.messageId().value(),
          before -> before.reactions().isEmpty() ? before : before.withReactions(List.of()));
    }
  }

  void reactionRemoveEmoji(MessageReactionRemoveEmoji event) {
    if (stores.wants(REACTION)) {
      stores.updateMessage(
          event.messageId().value(),
          before -> {
            List<CachedReaction> kept = new ArrayList<>();
            for (CachedReaction reaction : before.reactions()) {
              if (!reaction.isOf(event.emoji())) {
                kept.add(reaction);
              }
            }
            return kept.size() == before.reactions().size() ? before : before.withReactions(kept);
          });
    }
  }

  private boolean isCurrentUser(long userId) {
    var current = stores.currentUser;
    return current != null && current.id() == userId;
  }

  private void change(long messageId, Emoji emoji, int delta, boolean burst, boolean mine) {
    stores.updateMessage(
        messageId,
        before -> before.withReactions(changed(before.reactions(), emoji, delta, burst, mine)));
  }

  static List<CachedReaction> changed(
      List<CachedReaction> reactions, Emoji emoji, int delta, boolean burst, boolean mine) {
    List<CachedReaction> after = new ArrayList<>(reactions.size() + 1);
    boolean found = false;
    for (CachedReaction reaction : reactions) {
      if (!reaction.isOf(emoji)) {
        after.add(reaction);
        continue;
      }
      found = true;
      int count = reaction.count() + delta;
      if (count > 0) {
        after.add(
            new CachedReaction(
                reaction.emojiId(),
                reaction.emojiName(),
                reaction.animated(),
                count,
                Math.max(0, reaction.burstCount() + (burst ? delta : 0)),
                mine && !burst ? delta > 0 : reaction.me(),
                mine && burst ? delta > 0 : reaction.meBurst()));
      }
    }
    if (!found && delta > 0) {
      after.add(
          new CachedReaction(
              emoji.id().map(Id::value).orElse(0L),
              emoji.name().orElse(null),
              emoji.animated().orElse(false),
              1,
              burst ? 1 : 0,
              mine && !burst,
              mine && burst));
    }
    return after;
  }
}
