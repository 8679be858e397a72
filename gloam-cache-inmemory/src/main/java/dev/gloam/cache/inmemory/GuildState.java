package dev.gloam.cache.inmemory;

import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedEmoji;
import dev.gloam.cache.inmemory.form.CachedGuild;
import dev.gloam.cache.inmemory.form.CachedIntegration;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedPresence;
import dev.gloam.cache.inmemory.form.CachedRole;
import dev.gloam.cache.inmemory.form.CachedScheduledEvent;
import dev.gloam.cache.inmemory.form.CachedSoundboardSound;
import dev.gloam.cache.inmemory.form.CachedStageInstance;
import dev.gloam.cache.inmemory.form.CachedSticker;
import dev.gloam.cache.inmemory.form.CachedVoiceState;
import dev.gloam.cache.inmemory.map.LongMap;

/**
 * Everything the cache holds for one guild. Only the updater holding the guild's lock writes it;
 * readers read its maps without locks. A new GUILD_CREATE builds a new state and swaps it in whole.
 */
final class GuildState {
  final long id;
  // Null while the guild is known only as unavailable, or when guilds are not cached.
  volatile CachedGuild guild;
  volatile boolean unavailable;
  // One segment each: a guild's maps are written by one shard, under the guild's lock.
  final LongMap<CachedChannel> channels = new LongMap<>(1);
  final LongMap<CachedRole> roles = new LongMap<>(1);
  final LongMap<CachedMember> members = new LongMap<>(1);
  final LongMap<CachedPresence> presences = new LongMap<>(1);
  final LongMap<CachedVoiceState> voiceStates = new LongMap<>(1);
  final LongMap<CachedEmoji> emojis = new LongMap<>(1);
  final LongMap<CachedSticker> stickers = new LongMap<>(1);
  final LongMap<CachedStageInstance> stageInstances = new LongMap<>(1);
  final LongMap<CachedScheduledEvent> scheduledEvents = new LongMap<>(1);
  final LongMap<CachedIntegration> integrations = new LongMap<>(1);
  final LongMap<CachedSoundboardSound> soundboardSounds = new LongMap<>(1);

  GuildState(long id, boolean unavailable) {
    this.id = id;
    this.unavailable = unavailable;
  }
}
