package dev.gloam.cache.inmemory;

import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedEmoji;
import dev.gloam.cache.inmemory.form.CachedForms;
import dev.gloam.cache.inmemory.form.CachedGuild;
import dev.gloam.cache.inmemory.form.CachedIntegration;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedMessage;
import dev.gloam.cache.inmemory.form.CachedPresence;
import dev.gloam.cache.inmemory.form.CachedRole;
import dev.gloam.cache.inmemory.form.CachedScheduledEvent;
import dev.gloam.cache.inmemory.form.CachedSoundboardSound;
import dev.gloam.cache.inmemory.form.CachedStageInstance;
import dev.gloam.cache.inmemory.form.CachedSticker;
import dev.gloam.cache.inmemory.form.CachedThreadMember;
import dev.gloam.cache.inmemory.form.CachedUser;
import dev.gloam.cache.inmemory.form.CachedVoiceState;
import dev.gloam.cache.inmemory.map.LongMap;
import dev.gloam.model.gateway.event.ChannelCreate;
import dev.gloam.model.gateway.event.ChannelDelete;
import dev.gloam.model.gateway.event.ChannelPinsUpdate;
import dev.gloam.model.gateway.event.ChannelUpdate;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildDelete;
import dev.gloam.model.gateway.event.GuildEmojisUpdate;
import dev.gloam.model.gateway.event.GuildMemberAdd;
import dev.gloam.model.gateway.event.GuildMemberRemove;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.GuildMembersChunk;
import dev.gloam.model.gateway.event.GuildRoleCreate;
import dev.gloam.model.gateway.event.GuildRoleDelete;
import dev.gloam.model.gateway.event.GuildRoleUpdate;
import dev.gloam.model.gateway.event.GuildScheduledEventCreate;
import dev.gloam.model.gateway.event.GuildScheduledEventDelete;
import dev.gloam.model.gateway.event.GuildScheduledEventUpdate;
import dev.gloam.model.gateway.event.GuildScheduledEventUserAdd;
import dev.gloam.model.gateway.event.GuildScheduledEventUserRemove;
import dev.gloam.model.gateway.event.GuildSoundboardSoundCreate;
import dev.gloam.model.gateway.event.GuildSoundboardSoundDelete;
import dev.gloam.model.gateway.event.GuildSoundboardSoundUpdate;
import dev.gloam.model.gateway.event.GuildSoundboardSoundsUpdate;
import dev.gloam.model.gateway.event.GuildStickersUpdate;
import dev.gloam.model.gateway.event.GuildUpdate;
import dev.gloam.model.gateway.event.IntegrationCreate;
import dev.gloam.model.gateway.event.IntegrationDelete;
import dev.gloam.model.gateway.event.IntegrationUpdate;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageDelete;
import dev.gloam.model.gateway.event.MessageDeleteBulk;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.MessageReactionRemove;
import dev.gloam.model.gateway.event.MessageReactionRemoveAll;
import dev.gloam.model.gateway.event.MessageReactionRemoveEmoji;
import dev.gloam.model.gateway.event.MessageUpdate;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.gateway.event.SoundboardSounds;
import dev.gloam.model.gateway.event.StageInstanceCreate;
import dev.gloam.model.gateway.event.StageInstanceDelete;
import dev.gloam.model.gateway.event.StageInstanceUpdate;
import dev.gloam.model.gateway.event.ThreadCreate;
import dev.gloam.model.gateway.event.ThreadDelete;
import dev.gloam.model.gateway.event.ThreadListSync;
import dev.gloam.model.gateway.event.ThreadMemberUpdate;
import dev.gloam.model.gateway.event.ThreadMembersUpdate;
import dev.gloam.model.gateway.event.ThreadUpdate;
import dev.gloam.model.gateway.event.UserUpdate;
import dev.gloam.model.gateway.event.VoiceStateUpdate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.IntegrationMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.id.marker.StageMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * gloam's in-process cache of Discord state: fed every gateway event, it keeps the resources it was
 * built to keep, in compact forms, and answers who, where and with which permissions.
 *
 * <p>{@link #update(Event)} may be called from many shards' threads at once; updates of different
 * guilds do not wait for each other (there is no global lock), and reads take no lock at all, so a
 * read never waits for, nor blocks, an update. Reads return snapshots: a list is a copy, a form is
 * immutable.
 *
 * <pre>{@code
 * InMemoryCache cache = InMemoryCache.builder().build();
 * for (Event event : shard.events(EventTypeFlags.all())) {
 *   cache.update(event);
 *   if (event instanceof MessageCreate m && m.guildId().isPresent()) {
 *     Permissions mine = cache.permissions().inChannel(botId, m.channelId());
 *   }
 * }
 * }</pre>
 *
 * <p>Memory: see {@code docs/cache.md} for the bytes each resource takes in its standard form.
 */
public final class InMemoryCache {
  private final Stores stores;
  private final GuildEvents guildEvents;
  private final MemberEvents memberEvents;
  private final ChannelEvents channelEvents;
  private final MessageEvents messageEvents;
  private final CachePermissions permissions;

  private InMemoryCache(Builder builder) {
    stores = new Stores(builder.types, builder.forms, builder.messagesPerChannel, builder.clock);
    guildEvents = new GuildEvents(stores);
    memberEvents = new MemberEvents(stores);
    channelEvents = new ChannelEvents(stores, memberEvents);
    messageEvents = new MessageEvents(stores, memberEvents);
    permissions = new CachePermissions(stores);
  }

  /**
   * Starts building a cache; by default it keeps every resource type, 100 messages per channel, in
   * the standard forms.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a cache with the defaults of {@link #builder()}.
   *
   * @return a new, empty cache
   */
  public static InMemoryCache create() {
    return builder().build();
  }

  /**
   * Applies a gateway event. Events that carry no state the cache keeps are ignored.
   *
   * @param event the event, as the shard delivered it
   */
  public void update(Event event) {
    Objects.requireNonNull(event, "event");
    switch (event) {
      case Ready e -> guildEvents.ready(e);
      case UserUpdate e -> guildEvents.currentUser(e.user());
      case GuildCreate e -> guildEvents.create(e);
      case GuildUpdate e -> guildEvents.update(e);
      case GuildDelete e -> guildEvents.delete(e);
      case GuildRoleCreate e -> guildEvents.putRole(e.guildId().value(), e.role());
      case GuildRoleUpdate e -> guildEvents.putRole(e.guildId().value(), e.role());
      case GuildRoleDelete e -> guildEvents.deleteRole(e);
      case GuildEmojisUpdate e -> guildEvents.emojis(e);
      case GuildStickersUpdate e -> guildEvents.stickers(e);
      case GuildSoundboardSoundCreate e ->
          e.sound().guildId().ifPresent(g -> guildEvents.putSound(g.value(), e.sound()));
      case GuildSoundboardSoundUpdate e ->
          e.sound().guildId().ifPresent(g -> guildEvents.putSound(g.value(), e.sound()));
      case GuildSoundboardSoundDelete e ->
          guildEvents.deleteSound(e.guildId().value(), e.soundId().value());
      case GuildSoundboardSoundsUpdate e ->
          guildEvents.replaceSounds(e.guildId().value(), e.soundboardSounds());
      case SoundboardSounds e ->
          guildEvents.replaceSounds(e.guildId().value(), e.soundboardSounds());
      case IntegrationCreate e -> guildEvents.putIntegration(e.guildId().value(), e.integration());
      case IntegrationUpdate e -> guildEvents.putIntegration(e.guildId().value(), e.integration());
      case IntegrationDelete e -> guildEvents.deleteIntegration(e);
      case StageInstanceCreate e -> guildEvents.putStage(e.stageInstance());
      case StageInstanceUpdate e -> guildEvents.putStage(e.stageInstance());
      case StageInstanceDelete e -> guildEvents.deleteStage(e.stageInstance());
      case GuildScheduledEventCreate e -> guildEvents.putScheduled(e.scheduledEvent());
      case GuildScheduledEventUpdate e -> guildEvents.putScheduled(e.scheduledEvent());
      case GuildScheduledEventDelete e -> guildEvents.deleteScheduled(e.scheduledEvent());
      case GuildScheduledEventUserAdd e -> guildEvents.scheduledUser(e);
      case GuildScheduledEventUserRemove e -> guildEvents.scheduledUser(e);
      case GuildMemberAdd e -> memberEvents.add(e);
      case GuildMemberUpdate e -> memberEvents.update(e);
      case GuildMemberRemove e -> memberEvents.remove(e);
      case GuildMembersChunk e -> memberEvents.chunk(e);
      case PresenceUpdate e -> memberEvents.presence(e.presence());
      case VoiceStateUpdate e -> memberEvents.voiceState(e.voiceState());
      case InteractionCreate e -> interaction(e);
      case ChannelCreate e -> channelEvents.put(e.channel());
      case ChannelUpdate e -> channelEvents.put(e.channel());
      case ChannelDelete e -> channelEvents.delete(e.channel());
      case ChannelPinsUpdate e -> channelEvents.pins(e);
      case ThreadCreate e -> channelEvents.put(e.thread());
      case ThreadUpdate e -> channelEvents.put(e.thread());
      case ThreadDelete e -> channelEvents.delete(e.thread());
      case ThreadListSync e -> channelEvents.listSync(e);
      case ThreadMemberUpdate e -> channelEvents.threadMember(e);
      case ThreadMembersUpdate e -> channelEvents.threadMembers(e);
      case MessageCreate e -> messageEvents.create(e.message());
      case MessageUpdate e -> messageEvents.update(e.message());
      case MessageDelete e -> messageEvents.delete(e);
      case MessageDeleteBulk e -> messageEvents.delete(e);
      case MessageReactionAdd e -> messageEvents.reactionAdd(e);
      case MessageReactionRemove e -> messageEvents.reactionRemove(e);
      case MessageReactionRemoveAll e -> messageEvents.reactionRemoveAll(e);
      case MessageReactionRemoveEmoji e -> messageEvents.reactionRemoveEmoji(e);
      default -> {
        // No cached state in it (typing, invites, webhooks, bans: the member leaves separately).
      }
    }
  }

  // A guild interaction carries its user's member, as fresh as it gets.
  private void interaction(InteractionCreate event) {
    var interaction = event.interaction();
    if (interaction.guildId().isPresent() && interaction.member().isPresent()) {
      memberEvents.sideMember(
          interaction.guildId().get().value(), interaction.member().get(), null);
    }
  }

  // ----- guilds

  /**
   * Returns a guild's own settings.
   *
   * @param guildId the guild
   * @return the guild, if cached and available
   */
  public Optional<CachedGuild> guild(Id<GuildMarker> guildId) {
    GuildState state = stores.guilds.get(guildId.value());
    return state == null ? Optional.empty() : Optional.ofNullable(state.guild);
  }

  /**
   * Returns every cached guild's settings.
   *
   * @return the guilds, in no particular order
   */
  public List<CachedGuild> guilds() {
    List<CachedGuild> guilds = new ArrayList<>();
    for (GuildState state : stores.guilds.values()) {
      CachedGuild guild = state.guild;
      if (guild != null) {
        guilds.add(guild);
      }
    }
    return guilds;
  }

  /**
   * Tells whether a guild is known to be unavailable (an outage, or not yet sent after READY).
   *
   * @param guildId the guild
   * @return true if it is unavailable
   */
  public boolean isUnavailable(Id<GuildMarker> guildId) {
    GuildState state = stores.guilds.get(guildId.value());
    return state != null && state.unavailable;
  }

  /**
   * Returns the ids of the guilds known to be unavailable.
   *
   * @return the guild ids
   */
  public List<Id<GuildMarker>> unavailableGuilds() {
    List<Id<GuildMarker>> ids = new ArrayList<>();
    for (GuildState state : stores.guilds.values()) {
      if (state.unavailable) {
        ids.add(Id.of(state.id));
      }
    }
    return ids;
  }

  // ----- channels and threads

  /**
   * Returns a channel or thread.
   *
   * @param channelId the channel
   * @return the channel, if cached
   */
  public Optional<CachedChannel> channel(Id<ChannelMarker> channelId) {
    return Optional.ofNullable(stores.channels.get(channelId.value()));
  }

  /**
   * Returns a guild's channels and threads.
   *
   * @param guildId the guild
   * @return the channels, in no particular order; empty for a guild not cached
   */
  public List<CachedChannel> channels(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.channels);
  }

  /**
   * Returns the members of a thread the cache knows: the current user's memberships, and others'
   * from THREAD_MEMBERS_UPDATE.
   *
   * @param threadId the thread
   * @return the thread members
   */
  public List<CachedThreadMember> threadMembers(Id<ChannelMarker> threadId) {
    LongMap<CachedThreadMember> members = stores.threadMembers.get(threadId.value());
    return members == null ? List.of() : members.values();
  }

  // ----- members, users, presences, voice states

  /**
   * Returns a member of a guild.
   *
   * @param guildId the guild
   * @param userId the user
   * @return the member, if cached
   */
  public Optional<CachedMember> member(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return inGuild(guildId, state -> state.members, userId.value());
  }

  /**
   * Returns a guild's cached members.
   *
   * @param guildId the guild
   * @return the members, in no particular order
   */
  public List<CachedMember> members(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.members);
  }

  /**
   * Returns a user that is a member of at least one cached guild.
   *
   * @param userId the user
   * @return the user, if cached
   */
  public Optional<CachedUser> user(Id<UserMarker> userId) {
    Stores.UserEntry entry = stores.users.get(userId.value());
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.user());
  }

  /**
   * Returns how many cached guilds have a user as a member.
   *
   * @param userId the user
   * @return the number of guilds, 0 if the user is not cached
   */
  public int userGuildCount(Id<UserMarker> userId) {
    Stores.UserEntry entry = stores.users.get(userId.value());
    return entry == null ? 0 : entry.guilds();
  }

  /**
   * Returns the bot's own user.
   *
   * @return the current user, once READY was received
   */
  public Optional<CachedUser> currentUser() {
    return Optional.ofNullable(stores.currentUser);
  }

  /**
   * Returns a user's presence in a guild; offline users have none.
   *
   * @param guildId the guild
   * @param userId the user
   * @return the presence, if cached
   */
  public Optional<CachedPresence> presence(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return inGuild(guildId, state -> state.presences, userId.value());
  }

  /**
   * Returns the presences of a guild's members who are not offline.
   *
   * @param guildId the guild
   * @return the presences
   */
  public List<CachedPresence> presences(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.presences);
  }

  /**
   * Returns a user's voice state in a guild.
   *
   * @param guildId the guild
   * @param userId the user
   * @return the voice state, if the user is connected to one of the guild's voice channels
   */
  public Optional<CachedVoiceState> voiceState(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return inGuild(guildId, state -> state.voiceStates, userId.value());
  }

  /**
   * Returns the voice states of everyone connected to a guild's voice channels.
   *
   * @param guildId the guild
   * @return the voice states
   */
  public List<CachedVoiceState> voiceStates(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.voiceStates);
  }

  /**
   * Returns the voice states of everyone connected to one voice or stage channel.
   *
   * @param channelId the channel
   * @return the voice states; empty when the channel is not cached
   */
  public List<CachedVoiceState> voiceChannelStates(Id<ChannelMarker> channelId) {
    CachedChannel channel = stores.channels.get(channelId.value());
    if (channel == null) {
      return List.of();
    }
    List<CachedVoiceState> connected = new ArrayList<>();
    for (CachedVoiceState state : voiceStates(Id.of(channel.guildId()))) {
      if (state.channelId() == channel.id()) {
        connected.add(state);
      }
    }
    return connected;
  }

  // ----- roles and guild expressions

  /**
   * Returns a role of a guild.
   *
   * @param guildId the guild
   * @param roleId the role
   * @return the role, if cached
   */
  public Optional<CachedRole> role(Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    return inGuild(guildId, state -> state.roles, roleId.value());
  }

  /**
   * Returns a guild's roles.
   *
   * @param guildId the guild
   * @return the roles, in no particular order
   */
  public List<CachedRole> roles(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.roles);
  }

  /**
   * Returns a guild's custom emoji.
   *
   * @param guildId the guild
   * @param emojiId the emoji
   * @return the emoji, if cached
   */
  public Optional<CachedEmoji> emoji(Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    return inGuild(guildId, state -> state.emojis, emojiId.value());
  }

  /**
   * Returns a guild's custom emojis.
   *
   * @param guildId the guild
   * @return the emojis
   */
  public List<CachedEmoji> emojis(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.emojis);
  }

  /**
   * Returns a guild's sticker.
   *
   * @param guildId the guild
   * @param stickerId the sticker
   * @return the sticker, if cached
   */
  public Optional<CachedSticker> sticker(Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    return inGuild(guildId, state -> state.stickers, stickerId.value());
  }

  /**
   * Returns a guild's stickers.
   *
   * @param guildId the guild
   * @return the stickers
   */
  public List<CachedSticker> stickers(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.stickers);
  }

  /**
   * Returns a guild's soundboard sound.
   *
   * @param guildId the guild
   * @param soundId the sound
   * @return the sound, if cached
   */
  public Optional<CachedSoundboardSound> soundboardSound(
      Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    return inGuild(guildId, state -> state.soundboardSounds, soundId.value());
  }

  /**
   * Returns a guild's soundboard sounds.
   *
   * @param guildId the guild
   * @return the sounds
   */
  public List<CachedSoundboardSound> soundboardSounds(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.soundboardSounds);
  }

  // ----- stage instances, scheduled events, integrations

  /**
   * Returns a live stage instance.
   *
   * @param guildId the guild
   * @param stageId the stage instance
   * @return the stage instance, if cached
   */
  public Optional<CachedStageInstance> stageInstance(
      Id<GuildMarker> guildId, Id<StageMarker> stageId) {
    return inGuild(guildId, state -> state.stageInstances, stageId.value());
  }

  /**
   * Returns a guild's live stage instances.
   *
   * @param guildId the guild
   * @return the stage instances
   */
  public List<CachedStageInstance> stageInstances(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.stageInstances);
  }

  /**
   * Returns a scheduled event.
   *
   * @param guildId the guild
   * @param eventId the event
   * @return the event, if cached
   */
  public Optional<CachedScheduledEvent> scheduledEvent(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return inGuild(guildId, state -> state.scheduledEvents, eventId.value());
  }

  /**
   * Returns a guild's scheduled events.
   *
   * @param guildId the guild
   * @return the events
   */
  public List<CachedScheduledEvent> scheduledEvents(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.scheduledEvents);
  }

  /**
   * Returns an integration of a guild.
   *
   * @param guildId the guild
   * @param integrationId the integration
   * @return the integration, if cached
   */
  public Optional<CachedIntegration> integration(
      Id<GuildMarker> guildId, Id<IntegrationMarker> integrationId) {
    return inGuild(guildId, state -> state.integrations, integrationId.value());
  }

  /**
   * Returns a guild's integrations the cache saw created or updated (GUILD_CREATE lists none).
   *
   * @param guildId the guild
   * @return the integrations
   */
  public List<CachedIntegration> integrations(Id<GuildMarker> guildId) {
    return inGuild(guildId, state -> state.integrations);
  }

  // ----- messages

  /**
   * Returns a cached message.
   *
   * @param messageId the message
   * @return the message, if it is among its channel's newest cached ones
   */
  public Optional<CachedMessage> message(Id<MessageMarker> messageId) {
    return Optional.ofNullable(stores.messages.get(messageId.value()));
  }

  /**
   * Returns a channel's cached messages, newest first, at most the cache's bound per channel.
   *
   * @param channelId the channel
   * @return the messages
   */
  public List<CachedMessage> channelMessages(Id<ChannelMarker> channelId) {
    MessageRing ring = stores.rings.get(channelId.value());
    if (ring == null) {
      return List.of();
    }
    List<CachedMessage> messages = new ArrayList<>();
    for (long id : ring.newestFirst()) {
      CachedMessage message = stores.messages.get(id);
      if (message != null) {
        messages.add(message);
      }
    }
    return messages;
  }

  // ----- the whole cache

  /**
   * Answers permission questions from the cached guilds, roles, members and channels.
   *
   * @return the permission view of this cache
   */
  public CachePermissions permissions() {
    return permissions;
  }

  /**
   * Counts what the cache holds. With concurrent updates the counts are each a moment's.
   *
   * @return the counts
   */
  public CacheStats stats() {
    return CacheStats.of(stores);
  }

  /** Forgets everything. Updates running at the same time may leave some of their results. */
  public void clear() {
    stores.clear();
  }

  @Override
  public String toString() {
    return "InMemoryCache" + stats();
  }

  private <V> List<V> inGuild(Id<GuildMarker> guildId, Function<GuildState, LongMap<V>> map) {
    GuildState state = stores.guilds.get(guildId.value());
    return state == null ? List.of() : map.apply(state).values();
  }

  private <V> Optional<V> inGuild(
      Id<GuildMarker> guildId, Function<GuildState, LongMap<V>> map, long key) {
    GuildState state = stores.guilds.get(guildId.value());
    return state == null ? Optional.empty() : Optional.ofNullable(map.apply(state).get(key));
  }

  /** Chooses what a cache keeps and how. */
  public static final class Builder {
    private Set<ResourceType> types = EnumSet.allOf(ResourceType.class);
    private CachedForms forms = CachedForms.standard();
    private int messagesPerChannel = 100;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Keeps only these resource types.
     *
     * @param first a type to keep
     * @param more more types to keep
     * @return this builder
     */
    public Builder resourceTypes(ResourceType first, ResourceType... more) {
      this.types = EnumSet.of(first, more);
      return this;
    }

    /**
     * Keeps only these resource types (an empty set keeps nothing).
     *
     * @param types the types to keep
     * @return this builder
     */
    public Builder resourceTypes(Set<ResourceType> types) {
      this.types = types.isEmpty() ? EnumSet.noneOf(ResourceType.class) : EnumSet.copyOf(types);
      return this;
    }

    /**
     * Stores resources in the program's own forms.
     *
     * @param forms the forms
     * @return this builder
     */
    public Builder forms(CachedForms forms) {
      this.forms = Objects.requireNonNull(forms, "forms");
      return this;
    }

    /**
     * Sets how many of each channel's newest messages are kept.
     *
     * @param count 1 to 10,000; 100 by default
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder messagesPerChannel(int count) {
      if (count < 1 || count > 10_000) {
        throw new IllegalArgumentException("messagesPerChannel must be 1 to 10000, not " + count);
      }
      this.messagesPerChannel = count;
      return this;
    }

    /**
     * Sets the clock that tells whether a member's timeout is still running.
     *
     * @param clock the clock; the system's UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the cache.
     *
     * @return a new, empty cache
     */
    public InMemoryCache build() {
      return new InMemoryCache(this);
    }
  }
}
