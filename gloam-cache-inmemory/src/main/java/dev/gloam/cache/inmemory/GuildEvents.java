package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.ResourceType.CHANNEL;
import static dev.gloam.cache.inmemory.ResourceType.EMOJI;
import static dev.gloam.cache.inmemory.ResourceType.GUILD;
import static dev.gloam.cache.inmemory.ResourceType.INTEGRATION;
import static dev.gloam.cache.inmemory.ResourceType.MEMBER;
import static dev.gloam.cache.inmemory.ResourceType.PRESENCE;
import static dev.gloam.cache.inmemory.ResourceType.ROLE;
import static dev.gloam.cache.inmemory.ResourceType.SCHEDULED_EVENT;
import static dev.gloam.cache.inmemory.ResourceType.SOUNDBOARD_SOUND;
import static dev.gloam.cache.inmemory.ResourceType.STAGE_INSTANCE;
import static dev.gloam.cache.inmemory.ResourceType.STICKER;
import static dev.gloam.cache.inmemory.ResourceType.USER_CURRENT;
import static dev.gloam.cache.inmemory.ResourceType.VOICE_STATE;

import dev.gloam.cache.inmemory.form.CachedForms;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildDelete;
import dev.gloam.model.gateway.event.GuildEmojisUpdate;
import dev.gloam.model.gateway.event.GuildRoleDelete;
import dev.gloam.model.gateway.event.GuildScheduledEventUserAdd;
import dev.gloam.model.gateway.event.GuildScheduledEventUserRemove;
import dev.gloam.model.gateway.event.GuildStickersUpdate;
import dev.gloam.model.gateway.event.GuildUpdate;
import dev.gloam.model.gateway.event.IntegrationDelete;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.UnavailableGuild;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.model.user.User;
import dev.gloam.model.voice.VoiceState;
import java.util.List;

/** Updates for guilds and the resources that belong only to a guild. */
final class GuildEvents {
  private final Stores stores;
  private final CachedForms forms;

  GuildEvents(Stores stores) {
    this.stores = stores;
    this.forms = stores.forms;
  }

  void ready(Ready ready) {
    if (stores.wants(USER_CURRENT)) {
      stores.currentUser = forms.user(ready.user());
    }
    for (UnavailableGuild guild : ready.guilds()) {
      markUnavailable(guild.id().value());
    }
  }

  void currentUser(User user) {
    if (stores.wants(USER_CURRENT)) {
      stores.currentUser = forms.user(user);
    }
  }

  void create(GuildCreate event) {
    switch (event) {
      case GuildCreate.Available available -> create(available.guild());
      case GuildCreate.Unavailable unavailable -> markUnavailable(unavailable.id().value());
    }
  }

  private void markUnavailable(long guildId) {
    stores.locked(
        guildId,
        () -> {
          GuildState state = stores.guilds.get(guildId);
          if (state == null) {
            stores.guilds.put(guildId, new GuildState(guildId, true));
          } else {
            state.unavailable = true;
          }
        });
  }

  // The guild's resources go into a new state, swapped in whole, so readers see the old guild or
  // the new one and never a half-filled one.
  private void create(Guild guild) {
    long guildId = guild.id().value();
    stores.locked(
        guildId,
        () -> {
          GuildState old = stores.guilds.get(guildId);
          GuildState fresh = new GuildState(guildId, false);
          if (stores.wants(GUILD)) {
            fresh.guild = forms.guild(guild, old == null ? null : old.guild);
          }
          fill(fresh, guild);
          stores.guilds.put(guildId, fresh);
          if (old != null) {
            stores.release(old, fresh);
          }
        });
  }

  private void fill(GuildState state, Guild guild) {
    long guildId = state.id;
    if (stores.wants(ROLE)) {
      putRoles(state, guild.roles());
    }
    if (stores.wants(EMOJI)) {
      putEmojis(state, guild.emojis());
    }
    if (stores.wants(STICKER)) {
      putStickers(state, guild.stickers().orElse(List.of()));
    }
    if (stores.wants(CHANNEL)) {
      for (Channel channel : guild.channels().orElse(List.of())) {
        ChannelEvents.put(stores, state, channel, guildId);
      }
      for (Channel thread : guild.threads().orElse(List.of())) {
        ChannelEvents.put(stores, state, thread, guildId);
      }
    }
    if (stores.wants(MEMBER)) {
      for (Member member : guild.members().orElse(List.of())) {
        member.user().ifPresent(user -> MemberEvents.put(stores, state, member, user));
      }
    }
    if (stores.wants(PRESENCE)) {
      guild.presences().orElse(List.of()).forEach(p -> MemberEvents.putPresence(stores, state, p));
    }
    if (stores.wants(VOICE_STATE)) {
      for (VoiceState voiceState : guild.voiceStates().orElse(List.of())) {
        MemberEvents.putVoiceState(stores, state, voiceState);
      }
    }
    if (stores.wants(STAGE_INSTANCE)) {
      for (StageInstance stage : guild.stageInstances().orElse(List.of())) {
        state.stageInstances.put(stage.id().value(), forms.stageInstance(stage));
      }
    }
    if (stores.wants(SCHEDULED_EVENT)) {
      for (GuildScheduledEvent scheduled : guild.guildScheduledEvents().orElse(List.of())) {
        state.scheduledEvents.put(scheduled.id().value(), forms.scheduledEvent(scheduled));
      }
    }
    if (stores.wants(SOUNDBOARD_SOUND)) {
      putSounds(state, guild.soundboardSounds().orElse(List.of()));
    }
  }

  void update(GuildUpdate event) {
    Guild guild = event.guild();
    stores.inGuild(
        guild.id().value(),
        state -> {
          if (stores.wants(GUILD)) {
            state.guild = forms.guild(guild, state.guild);
          }
          state.unavailable = false;
          // GUILD_UPDATE carries the roles and emojis as they are now.
          if (stores.wants(ROLE) && !guild.roles().isEmpty()) {
            state.roles.clear();
            putRoles(state, guild.roles());
          }
        });
  }

  void delete(GuildDelete event) {
    UnavailableGuild guild = event.guild();
    long guildId = guild.id().value();
    if (guild.unavailable()) {
      markUnavailable(guildId);
      return;
    }
    stores.locked(
        guildId,
        () -> {
          GuildState old = stores.guilds.remove(guildId);
          if (old != null) {
            stores.release(old, null);
          }
        });
  }

  // ----- roles

  void putRole(long guildId, Role role) {
    if (stores.wants(ROLE)) {
      stores.inGuild(guildId, state -> state.roles.put(role.id().value(), forms.role(role)));
    }
  }

  void deleteRole(GuildRoleDelete event) {
    stores.inGuild(event.guildId().value(), state -> state.roles.remove(event.roleId().value()));
  }

  private void putRoles(GuildState state, List<Role> roles) {
    for (Role role : roles) {
      state.roles.put(role.id().value(), forms.role(role));
    }
  }

  // ----- emojis, stickers, soundboard sounds

  void emojis(GuildEmojisUpdate event) {
    if (stores.wants(EMOJI)) {
      stores.inGuild(
          event.guildId().value(),
          state -> {
            state.emojis.clear();
            putEmojis(state, event.emojis());
          });
    }
  }

  private void putEmojis(GuildState state, List<Emoji> emojis) {
    for (Emoji emoji : emojis) {
      emoji.id().ifPresent(id -> state.emojis.put(id.value(), forms.emoji(emoji)));
    }
  }

  void stickers(GuildStickersUpdate event) {
    if (stores.wants(STICKER)) {
      stores.inGuild(
          event.guildId().value(),
          state -> {
            state.stickers.clear();
            putStickers(state, event.stickers());
          });
    }
  }

  private void putStickers(GuildState state, List<Sticker> stickers) {
    for (Sticker sticker : stickers) {
      state.stickers.put(sticker.id().value(), forms.sticker(sticker));
    }
  }

  void putSound(long guildId, SoundboardSound sound) {
    if (stores.wants(SOUNDBOARD_SOUND)) {
      stores.inGuild(
          guildId,
          state ->
              state.soundboardSounds.put(sound.soundId().value(), forms.soundboardSound(sound)));
    }
  }

  void deleteSound(long guildId, long soundId) {
    stores.inGuild(guildId, state -> state.soundboardSounds.remove(soundId));
  }

  void replaceSounds(long guildId, List<SoundboardSound> sounds) {
    if (stores.wants(SOUNDBOARD_SOUND)) {
      stores.inGuild(
          guildId,
          state -> {
            state.soundboardSounds.clear();
            putSounds(state, sounds);
          });
    }
  }

  private void putSounds(GuildState state, List<SoundboardSound> sounds) {
    for (SoundboardSound sound : sounds) {
      state.soundboardSounds.put(sound.soundId().value(), forms.soundboardSound(sound));
    }
  }

  // ----- integrations, stage instances, scheduled events

  void putIntegration(long guildId, Integration integration) {
    if (stores.wants(INTEGRATION)) {
      stores.inGuild(
          guildId,
          state ->
              state.integrations.put(integration.id().value(), forms.integration(integration)));
    }
  }

  void deleteIntegration(IntegrationDelete event) {
    stores.inGuild(event.guildId().value(), state -> state.integrations.remove(event.id().value()));
  }

  void putStage(StageInstance stage) {
    if (stores.wants(STAGE_INSTANCE)) {
      stores.inGuild(
          stage.guildId().value(),
          state -> state.stageInstances.put(stage.id().value(), forms.stageInstance(stage)));
    }
  }

  void deleteStage(StageInstance stage) {
    stores.inGuild(
        stage.guildId().value(), state -> state.stageInstances.remove(stage.id().value()));
  }

  void putScheduled(GuildScheduledEvent event) {
    if (stores.wants(SCHEDULED_EVENT)) {
      stores.inGuild(
          event.guildId().value(),
          state -> state.scheduledEvents.put(event.id().value(), forms.scheduledEvent(event)));
    }
  }

  void deleteScheduled(GuildScheduledEvent event) {
    stores.inGuild(
        event.guildId().value(), state -> state.scheduledEvents.remove(event.id().value()));
  }

  void scheduledUser(GuildScheduledEventUserAdd event) {
    changeSubscribers(event.guildId().value(), event.guildScheduledEventId().value(), 1);
  }

  void scheduledUser(GuildScheduledEventUserRemove event) {
    changeSubscribers(event.guildId().value(), event.guildScheduledEventId().value(), -1);
  }

  private void changeSubscribers(long guildId, long eventId, int change) {
    stores.inGuild(
        guildId,
        state -> {
          var before = state.scheduledEvents.get(eventId);
          if (before != null) {
            state.scheduledEvents.put(eventId, before.withUserCountChange(change));
          }
        });
  }
}
