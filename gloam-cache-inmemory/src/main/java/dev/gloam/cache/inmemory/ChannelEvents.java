package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.ResourceType.CHANNEL;
import static dev.gloam.cache.inmemory.ResourceType.THREAD_MEMBER;

import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedThreadMember;
import dev.gloam.cache.inmemory.map.LongMap;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.gateway.event.ChannelPinsUpdate;
import dev.gloam.model.gateway.event.ThreadListSync;
import dev.gloam.model.gateway.event.ThreadMemberUpdate;
import dev.gloam.model.gateway.event.ThreadMembersUpdate;
import dev.gloam.model.id.Id;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Updates for channels, threads and thread members. */
final class ChannelEvents {
  private final Stores stores;
  private final MemberEvents members;

  ChannelEvents(Stores stores, MemberEvents members) {
    this.stores = stores;
    this.members = members;
  }

  /**
   * Caches a channel or thread of a guild, and the current user's membership a thread carries; the
   * caller holds the guild's lock.
   */
  static void put(Stores stores, GuildState state, Channel channel, long guildId) {
    CachedChannel form = stores.forms.channel(channel, guildId);
    state.channels.put(form.id(), form);
    stores.channels.put(form.id(), form);
    if (stores.wants(THREAD_MEMBER) && channel.member().isPresent()) {
      ThreadMember member = channel.member().get();
      member.userId().ifPresent(user -> putThreadMember(stores, form.id(), member, user.value()));
      if (member.userId().isEmpty() && stores.currentUser != null) {
        putThreadMember(stores, form.id(), member, stores.currentUser.id());
      }
    }
  }

  private static void putThreadMember(
      Stores stores, long threadId, ThreadMember member, long userId) {
    CachedThreadMember form = stores.forms.threadMember(member, userId);
    stores
        .threadMembers
        .compute(threadId, map -> map != null ? map : new LongMap<>(1))
        .put(userId, form);
  }

  void put(Channel channel) {
    if (!stores.wants(CHANNEL)) {
      return;
    }
    if (channel.guildId().isEmpty()) {
      // A DM or group DM: not part of a guild, kept on its own.
      stores.channels.put(channel.id().value(), stores.forms.channel(channel, 0));
      return;
    }
    long guildId = channel.guildId().get().value();
    stores.inGuild(guildId, state -> put(stores, state, channel, guildId));
  }

  void delete(Channel channel) {
    long channelId = channel.id().value();
    if (channel.guildId().isEmpty()) {
      stores.dropChannel(null, channelId);
      return;
    }
    stores.inGuild(
        channel.guildId().get().value(),
        state -> {
          stores.dropChannel(state, channelId);
          // A deleted channel's threads go with it.
          for (CachedChannel other : state.channels.values()) {
            if (other.parentId() == channelId && other.type().isThread()) {
              stores.dropChannel(state, other.id());
            }
          }
        });
  }

  void pins(ChannelPinsUpdate event) {
    long channelId = event.channelId().value();
    Runnable update =
        () -> {
          CachedChannel before = stores.channels.get(channelId);
          if (before == null) {
            return;
          }
          CachedChannel after = before.withLastPinTimestamp(event.lastPinTimestamp().orElse(null));
          stores.channels.put(channelId, after);
          GuildState state = stores.guilds.get(after.guildId());
          if (state != null && state.channels.containsKey(channelId)) {
            state.channels.put(channelId, after);
          }
        };
    stores.locked(event.guildId().map(Id::value).orElse(0L), update);
  }

  // "channel_ids: parent channel IDs whose threads are being synced. If omitted, then threads were
  // synced for the entire guild." Threads of those parents that the sync leaves out are gone.
  void listSync(ThreadListSync event) {
    stores.inGuild(
        event.guildId().value(),
        state -> {
          Set<Long> parents = event.channelIds().map(ids -> toSet(ids)).orElse(null);
          Set<Long> listed = new HashSet<>();
          for (Channel thread : event.threads()) {
            listed.add(thread.id().value());
          }
          if (stores.wants(CHANNEL)) {
            for (CachedChannel cached : state.channels.values()) {
              boolean synced = parents == null || parents.contains(cached.parentId());
              if (cached.type().isThread() && synced && !listed.contains(cached.id())) {
                stores.dropChannel(state, cached.id());
              }
            }
            for (Channel thread : event.threads()) {
              put(stores, state, thread, state.id);
            }
          }
          if (stores.wants(THREAD_MEMBER)) {
            for (ThreadMember member : event.members()) {
              putCurrentUsers(member);
            }
          }
        });
  }

  private static Set<Long> toSet(List<? extends Id<?>> ids) {
    Set<Long> set = new HashSet<>();
    for (Id<?> id : ids) {
      set.add(id.value());
    }
    return set;
  }

  // THREAD_LIST_SYNC and THREAD_MEMBER_UPDATE carry the current user's memberships.
  private void putCurrentUsers(ThreadMember member) {
    if (member.id().isEmpty()) {
      return;
    }
    long userId =
        member
            .userId()
            .map(Id::value)
            .orElse(stores.currentUser == null ? 0L : stores.currentUser.id());
    if (userId != 0) {
      putThreadMember(stores, member.id().get().value(), member, userId);
    }
  }

  void threadMember(ThreadMemberUpdate event) {
    if (stores.wants(THREAD_MEMBER)) {
      stores.inGuild(event.guildId().value(), state -> putCurrentUsers(event.member()));
    }
  }

  void threadMembers(ThreadMembersUpdate event) {
    long threadId = event.id().value();
    long guildId = event.guildId().value();
    for (ThreadMembersUpdate.AddedMember added : event.addedMembers().orElse(List.of())) {
      ThreadMember member = added.threadMember();
      member.member().ifPresent(m -> members.sideMember(guildId, m, null));
      added.presence().ifPresent(members::presence);
    }
    if (!stores.wants(THREAD_MEMBER)) {
      return;
    }
    stores.inGuild(
        guildId,
        state -> {
          for (ThreadMembersUpdate.AddedMember added : event.addedMembers().orElse(List.of())) {
            ThreadMember member = added.threadMember();
            member
                .userId()
                .ifPresent(user -> putThreadMember(stores, threadId, member, user.value()));
          }
          LongMap<CachedThreadMember> cached = stores.threadMembers.get(threadId);
          if (cached != null) {
            for (Id<?> removed : event.removedMemberIds().orElse(List.of())) {
              cached.remove(removed.value());
            }
          }
        });
  }
}
