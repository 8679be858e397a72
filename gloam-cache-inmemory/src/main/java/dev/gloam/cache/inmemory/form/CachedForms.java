package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.gateway.presence.PresenceUser;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.model.user.User;
import dev.gloam.model.voice.VoiceState;

/**
 * Turns the resources of gateway events into the forms the cache stores. Every method has a default
 * that makes the {@code Standard} form of its type, so a program overrides only the resources it
 * wants to keep in a form of its own, for example to drop fields it never reads.
 *
 * <p>The cache calls these methods on the thread that updates it, never while holding one of its
 * locks, and keeps whatever they return; they must not update the cache themselves.
 *
 * <pre>{@code
 * record SlimMember(long userId, long[] roles) implements CachedMember {
 *   public long[] roleIds() { return roles.clone(); }
 *   public Optional<Instant> communicationDisabledUntil() { return Optional.empty(); }
 * }
 * CachedForms slim = new CachedForms() {
 *   public CachedMember member(Member member, long userId) {
 *     return new SlimMember(userId, member.roles().stream().mapToLong(Id::value).toArray());
 *   }
 *   public CachedMember member(GuildMemberUpdate update, CachedMember previous) {
 *     return new SlimMember(update.user().id().value(),
 *         update.roles().stream().mapToLong(Id::value).toArray());
 *   }
 * };
 * InMemoryCache cache = InMemoryCache.builder().forms(slim).build();
 * }</pre>
 */
public interface CachedForms {

  /**
   * Returns the forms that make only {@code Standard} forms.
   *
   * @return the standard forms
   */
  static CachedForms standard() {
    return StandardForms.INSTANCE;
  }

  /**
   * Makes a guild's form from GUILD_CREATE or GUILD_UPDATE.
   *
   * @param guild the guild
   * @param previous the form cached before, or null
   * @return the form to cache
   */
  default CachedGuild guild(Guild guild, CachedGuild previous) {
    return CachedGuild.Standard.of(guild, previous);
  }

  /**
   * Makes a channel's or thread's form.
   *
   * @param channel the channel
   * @param guildId the guild it belongs to, or 0
   * @return the form to cache
   */
  default CachedChannel channel(Channel channel, long guildId) {
    return CachedChannel.Standard.of(channel, guildId);
  }

  /**
   * Makes a role's form.
   *
   * @param role the role
   * @return the form to cache
   */
  default CachedRole role(Role role) {
    return CachedRole.Standard.of(role);
  }

  /**
   * Makes a member's form.
   *
   * @param member the member
   * @param userId its user id
   * @return the form to cache
   */
  default CachedMember member(Member member, long userId) {
    return CachedMember.Standard.of(member, userId);
  }

  /**
   * Applies a GUILD_MEMBER_UPDATE.
   *
   * @param update the update
   * @param previous the form cached before, or null when the member was not cached
   * @return the form to cache
   */
  default CachedMember member(GuildMemberUpdate update, CachedMember previous) {
    return CachedMember.Standard.of(update, previous);
  }

  /**
   * Makes a user's form.
   *
   * @param user the user
   * @return the form to cache
   */
  default CachedUser user(User user) {
    return CachedUser.Standard.of(user);
  }

  /**
   * Applies the user fields of a PRESENCE_UPDATE.
   *
   * @param user the presence's (partial) user
   * @param previous the form cached before, or null
   * @return the form to cache, {@code previous} when nothing changed, or null to cache none
   */
  default CachedUser user(PresenceUser user, CachedUser previous) {
    return CachedUser.Standard.of(user, previous);
  }

  /**
   * Makes a presence's form.
   *
   * @param presence the presence
   * @return the form to cache
   */
  default CachedPresence presence(Presence presence) {
    return CachedPresence.Standard.of(presence);
  }

  /**
   * Makes a voice state's form.
   *
   * @param voiceState the voice state of a user in a channel
   * @return the form to cache
   */
  default CachedVoiceState voiceState(VoiceState voiceState) {
    return CachedVoiceState.Standard.of(voiceState);
  }

  /**
   * Makes a custom emoji's form.
   *
   * @param emoji the emoji
   * @return the form to cache
   */
  default CachedEmoji emoji(Emoji emoji) {
    return CachedEmoji.Standard.of(emoji);
  }

  /**
   * Makes a sticker's form.
   *
   * @param sticker the sticker
   * @return the form to cache
   */
  default CachedSticker sticker(Sticker sticker) {
    return CachedSticker.Standard.of(sticker);
  }

  /**
   * Makes a message's form.
   *
   * @param message the message
   * @return the form to cache
   */
  default CachedMessage message(Message message) {
    return CachedMessage.Standard.of(message);
  }

  /**
   * Makes a stage instance's form.
   *
   * @param stageInstance the stage instance
   * @return the form to cache
   */
  default CachedStageInstance stageInstance(StageInstance stageInstance) {
    return CachedStageInstance.Standard.of(stageInstance);
  }

  /**
   * Makes a scheduled event's form.
   *
   * @param event the event
   * @return the form to cache
   */
  default CachedScheduledEvent scheduledEvent(GuildScheduledEvent event) {
    return CachedScheduledEvent.Standard.of(event);
  }

  /**
   * Makes an integration's form.
   *
   * @param integration the integration
   * @return the form to cache
   */
  default CachedIntegration integration(Integration integration) {
    return CachedIntegration.Standard.of(integration);
  }

  /**
   * Makes a soundboard sound's form.
   *
   * @param sound the sound
   * @return the form to cache
   */
  default CachedSoundboardSound soundboardSound(SoundboardSound sound) {
    return CachedSoundboardSound.Standard.of(sound);
  }

  /**
   * Makes a thread member's form.
   *
   * @param member the thread member
   * @param userId its user id
   * @return the form to cache
   */
  default CachedThreadMember threadMember(ThreadMember member, long userId) {
    return CachedThreadMember.Standard.of(member, userId);
  }
}
