package dev.gloam.cache.inmemory;

/**
 * How many of each resource the cache holds.
 *
 * @param guilds guilds with their settings cached
 * @param unavailableGuilds guilds known to be unavailable
 * @param channels channels and threads, DMs included
 * @param roles roles
 * @param members members, over all guilds
 * @param users distinct users
 * @param presences presences of members not offline
 * @param voiceStates voice states
 * @param emojis custom emojis
 * @param stickers stickers
 * @param soundboardSounds soundboard sounds
 * @param stageInstances live stage instances
 * @param scheduledEvents scheduled events
 * @param integrations integrations
 * @param messages messages
 * @param threadMembers thread members, over all threads
 */
public record CacheStats(
    int guilds,
    int unavailableGuilds,
    int channels,
    int roles,
    int members,
    int users,
    int presences,
    int voiceStates,
    int emojis,
    int stickers,
    int soundboardSounds,
    int stageInstances,
    int scheduledEvents,
    int integrations,
    int messages,
    int threadMembers) {

  static CacheStats of(Stores stores) {
    int guilds = 0;
    int unavailable = 0;
    int roles = 0;
    int members = 0;
    int presences = 0;
    int voiceStates = 0;
    int emojis = 0;
    int stickers = 0;
    int sounds = 0;
    int stages = 0;
    int scheduled = 0;
    int integrations = 0;
    for (GuildState state : stores.guilds.values()) {
      guilds += state.guild != null ? 1 : 0;
      unavailable += state.unavailable ? 1 : 0;
      roles += state.roles.size();
      members += state.members.size();
      presences += state.presences.size();
      voiceStates += state.voiceStates.size();
      emojis += state.emojis.size();
      stickers += state.stickers.size();
      sounds += state.soundboardSounds.size();
      stages += state.stageInstances.size();
      scheduled += state.scheduledEvents.size();
      integrations += state.integrations.size();
    }
    int threadMembers = 0;
    for (var members1 : stores.threadMembers.values()) {
      threadMembers += members1.size();
    }
    return new CacheStats(
        guilds,
        unavailable,
        stores.channels.size(),
        roles,
        members,
        stores.users.size(),
        presences,
        voiceStates,
        emojis,
        stickers,
        sounds,
        stages,
        scheduled,
        integrations,
        stores.messages.size(),
        threadMembers);
  }
}
