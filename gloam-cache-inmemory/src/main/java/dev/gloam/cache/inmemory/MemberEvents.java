package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.ResourceType.MEMBER;
import static dev.gloam.cache.inmemory.ResourceType.PRESENCE;
import static dev.gloam.cache.inmemory.ResourceType.USER;
import static dev.gloam.cache.inmemory.ResourceType.VOICE_STATE;

import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.model.gateway.event.GuildMemberAdd;
import dev.gloam.model.gateway.event.GuildMemberRemove;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.GuildMembersChunk;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.gateway.presence.PresenceUser;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.guild.Member;
import dev.gloam.model.user.User;
import dev.gloam.model.voice.VoiceState;
import java.util.List;

/** Updates for members, their users, presences and voice states. */
final class MemberEvents {
  private final Stores stores;

  MemberEvents(Stores stores) {
    this.stores = stores;
  }

  /** Caches a member whose user is known; the caller holds the guild's lock. */
  static void put(Stores stores, GuildState state, Member member, User user) {
    long userId = user.id().value();
    stores.putMember(state, userId, stores.forms.member(member, userId), user);
  }

  /** Caches a presence, or drops it when the user went offline; the caller holds the lock. */
  static void putPresence(Stores stores, GuildState state, Presence presence) {
    long userId = presence.user().id().value();
    if (presence.status().equals(Status.OFFLINE)) {
      state.presences.remove(userId);
    } else {
      state.presences.put(userId, stores.forms.presence(presence));
    }
  }

  /** Caches a voice state, or drops it when the user left voice; the caller holds the lock. */
  static void putVoiceState(Stores stores, GuildState state, VoiceState voiceState) {
    long userId = voiceState.userId().value();
    if (voiceState.channelId().isEmpty()) {
      state.voiceStates.remove(userId);
    } else {
      state.voiceStates.put(userId, stores.forms.voiceState(voiceState));
    }
  }

  /**
   * Caches a member that came with another event (a message, a voice state, a reaction, a thread
   * member), whose user is given apart or not at all.
   */
  void sideMember(long guildId, Member member, User user) {
    if (!stores.wants(MEMBER)) {
      return;
    }
    User known = member.user().orElse(user);
    if (known == null) {
      return;
    }
    stores.inGuild(guildId, state -> put(stores, state, member, known));
  }

  void add(GuildMemberAdd event) {
    event
        .member()
        .user()
        .ifPresent(user -> sideMember(event.guildId().value(), event.member(), user));
  }

  // An update of a member the cache does not hold yet (it may come before the member's GUILD_CREATE
  // or chunk) caches the member: the update carries every field the member needs.
  void update(GuildMemberUpdate event) {
    if (!stores.wants(MEMBER)) {
      return;
    }
    long userId = event.user().id().value();
    stores.inGuild(
        event.guildId().value(),
        state -> {
          CachedMember previous = state.members.get(userId);
          stores.putMember(state, userId, stores.forms.member(event, previous), event.user());
        });
  }

  void remove(GuildMemberRemove event) {
    long userId = event.user().id().value();
    stores.inGuild(
        event.guildId().value(),
        state -> {
          stores.removeMember(state, userId);
          state.presences.remove(userId);
          state.voiceStates.remove(userId);
        });
  }

  void chunk(GuildMembersChunk event) {
    stores.inGuild(
        event.guildId().value(),
        state -> {
          if (stores.wants(MEMBER)) {
            for (Member member : event.members()) {
              member.user().ifPresent(user -> put(stores, state, member, user));
            }
          }
          if (stores.wants(PRESENCE)) {
            for (Presence presence : event.presences().orElse(List.of())) {
              putPresence(stores, state, presence);
            }
          }
        });
  }

  void presence(Presence presence) {
    PresenceUser user = presence.user();
    if (stores.wants(USER) && carriesUserData(user)) {
      stores.updateUser(user.id().value(), before -> stores.forms.user(user, before));
    }
    if (stores.wants(PRESENCE) && presence.guildId().isPresent()) {
      stores.inGuild(
          presence.guildId().get().value(), state -> putPresence(stores, state, presence));
    }
  }

  // Most presences name only the user's id; they change no user data.
  private static boolean carriesUserData(PresenceUser user) {
    return user.username().isPresent()
        || user.globalName().isPresent()
        || user.avatar().isPresent()
        || user.discriminator().isPresent();
  }

  void voiceState(VoiceState voiceState) {
    if (voiceState.guildId().isEmpty()) {
      return;
    }
    long guildId = voiceState.guildId().get().value();
    voiceState.member().ifPresent(member -> sideMember(guildId, member, null));
    if (stores.wants(VOICE_STATE)) {
      stores.inGuild(guildId, state -> putVoiceState(stores, state, voiceState));
    }
  }
}
