package dev.gloam.model.json;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.event.ApplicationCommandPermissionsUpdate;
import dev.gloam.model.gateway.event.AutoModerationActionExecution;
import dev.gloam.model.gateway.event.AutoModerationRuleCreate;
import dev.gloam.model.gateway.event.AutoModerationRuleDelete;
import dev.gloam.model.gateway.event.AutoModerationRuleUpdate;
import dev.gloam.model.gateway.event.ChannelCreate;
import dev.gloam.model.gateway.event.ChannelDelete;
import dev.gloam.model.gateway.event.ChannelInfo;
import dev.gloam.model.gateway.event.ChannelPinsUpdate;
import dev.gloam.model.gateway.event.ChannelUpdate;
import dev.gloam.model.gateway.event.EntitlementCreate;
import dev.gloam.model.gateway.event.EntitlementDelete;
import dev.gloam.model.gateway.event.EntitlementUpdate;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildAuditLogEntryCreate;
import dev.gloam.model.gateway.event.GuildBanAdd;
import dev.gloam.model.gateway.event.GuildBanRemove;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildDelete;
import dev.gloam.model.gateway.event.GuildEmojisUpdate;
import dev.gloam.model.gateway.event.GuildIntegrationsUpdate;
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
import dev.gloam.model.gateway.event.HeartbeatAck;
import dev.gloam.model.gateway.event.HeartbeatRequest;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.IntegrationCreate;
import dev.gloam.model.gateway.event.IntegrationDelete;
import dev.gloam.model.gateway.event.IntegrationUpdate;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.InvalidSession;
import dev.gloam.model.gateway.event.InviteCreate;
import dev.gloam.model.gateway.event.InviteDelete;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageDelete;
import dev.gloam.model.gateway.event.MessageDeleteBulk;
import dev.gloam.model.gateway.event.MessagePollVoteAdd;
import dev.gloam.model.gateway.event.MessagePollVoteRemove;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.MessageReactionRemove;
import dev.gloam.model.gateway.event.MessageReactionRemoveAll;
import dev.gloam.model.gateway.event.MessageReactionRemoveEmoji;
import dev.gloam.model.gateway.event.MessageUpdate;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.event.RateLimited;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.gateway.event.Reconnect;
import dev.gloam.model.gateway.event.Resumed;
import dev.gloam.model.gateway.event.SoundboardSounds;
import dev.gloam.model.gateway.event.StageInstanceCreate;
import dev.gloam.model.gateway.event.StageInstanceDelete;
import dev.gloam.model.gateway.event.StageInstanceUpdate;
import dev.gloam.model.gateway.event.SubscriptionCreate;
import dev.gloam.model.gateway.event.SubscriptionDelete;
import dev.gloam.model.gateway.event.SubscriptionUpdate;
import dev.gloam.model.gateway.event.ThreadCreate;
import dev.gloam.model.gateway.event.ThreadDelete;
import dev.gloam.model.gateway.event.ThreadListSync;
import dev.gloam.model.gateway.event.ThreadMemberUpdate;
import dev.gloam.model.gateway.event.ThreadMembersUpdate;
import dev.gloam.model.gateway.event.ThreadUpdate;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.gateway.event.UserUpdate;
import dev.gloam.model.gateway.event.VoiceChannelEffectSend;
import dev.gloam.model.gateway.event.VoiceChannelStartTimeUpdate;
import dev.gloam.model.gateway.event.VoiceChannelStatusUpdate;
import dev.gloam.model.gateway.event.VoiceServerUpdate;
import dev.gloam.model.gateway.event.VoiceStateUpdate;
import dev.gloam.model.gateway.event.WebhooksUpdate;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.UnavailableGuild;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Turns gateway payloads into {@link Event}s so that unwanted events cost almost nothing. {@link
 * #parse(byte[], EventTypeFlags)} reads a payload in one pass: it stops at {@code d} when {@code
 * op} and {@code t} say the event is unwanted, and otherwise binds {@code d} where it stands. For
 * programs that look at the envelope first, {@link #header} finds {@code op}, {@code s} and {@code
 * t} and only skips over {@code d}, and {@link #event} then deserializes {@code d}.
 *
 * <pre>{@code
 * PayloadHeader header = GatewayEventParser.header(text);
 * Optional<Event> event = GatewayEventParser.parse(text, EventTypeFlags.of(EventType.MESSAGE_CREATE));
 * }</pre>
 */
public final class GatewayEventParser {
  private static final Map<EventType, Class<? extends Event>> PAYLOAD_TYPES = payloadTypes();
  private static final Map<EventType, ObjectReader> READERS = readers();
  private static final ObjectReader GUILD_READER = inPlaceReader(Guild.class);
  private static final Set<EventType> NO_DATA =
      Set.of(
          EventType.GATEWAY_HEARTBEAT_ACK,
          EventType.GATEWAY_HEARTBEAT,
          EventType.GATEWAY_RECONNECT,
          EventType.RESUMED);

  private GatewayEventParser() {}

  /**
   * Reads a payload's envelope without deserializing its {@code d}.
   *
   * @param payload the payload's JSON text
   * @return the envelope, with {@code d}'s position in chars
   * @throws ModelJsonException if the text is not a JSON object with an integer {@code op}
   */
  public static PayloadHeader header(String payload) {
    try (JsonParser parser = ModelJson.mapper().createParser(payload)) {
      return scan(parser, false, null).header();
    }
  }

  /**
   * Reads a payload's envelope from its UTF-8 bytes without deserializing its {@code d}, so that a
   * shard can skip an unwanted payload without ever decoding it to text. In Discord's field order
   * ({@code d} last) the bytes of {@code d} are not even read: a {@code d} that is broken inside is
   * reported by {@link #event(byte[], PayloadHeader)}, not here.
   *
   * @param payload the payload's UTF-8 JSON
   * @return the envelope, with {@code d}'s position in bytes
   * @throws ModelJsonException if the bytes are not a JSON object with an integer {@code op}
   */
  public static PayloadHeader header(byte[] payload) {
    PayloadHeader fast = EnvelopeScanner.scan(payload);
    return fast != null ? fast : parserHeader(payload);
  }

  /** The envelope as the JSON parser reads it: for what the byte scanner leaves. */
  static PayloadHeader parserHeader(byte[] payload) {
    try (JsonParser parser = ModelJson.mapper().createParser(payload)) {
      return scan(parser, true, null).header();
    }
  }

  /** What one pass over a payload found: its envelope, and its event if {@code d} was bound. */
  private record Scan(PayloadHeader header, Event event) {}

  /**
   * Reads the envelope in one pass. With {@code wanted} set, returns {@code null} as soon as the
   * payload is known to be unwanted, and binds a wanted {@code d} where it stands. Discord sends
   * {@code t}, {@code s} and {@code op} before {@code d}, so an unwanted payload is dropped without
   * reading {@code d} at all and a wanted one is lexed once; only a payload whose {@code op} or
   * {@code t} comes after {@code d} needs a second look at {@code d}.
   */
  private static Scan scan(JsonParser parser, boolean bytes, EventTypeFlags wanted) {
    Integer op = null;
    Long sequence = null;
    String name = null;
    long dataStart = -1;
    long dataEnd = -1;
    Event event = null;
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw shape("a gateway payload must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "op" -> op = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
          case "s" -> sequence = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
          case "t" -> name = value == JsonToken.VALUE_STRING ? parser.getString() : null;
          case "d" -> {
            EventType kind = null;
            if (wanted != null && settled(op, name)) {
              kind =
                  PayloadHeader.eventType(OpCode.of(op), Optional.ofNullable(name))
                      .filter(wanted::contains)
                      .orElse(null);
              if (kind == null) {
                return null;
              }
            }
            dataStart = offset(parser.currentTokenLocation(), bytes);
            if (kind != null && carriesData(kind)) {
              event = bind(kind, parser);
            } else {
              parser.skipChildren();
            }
            dataEnd = offset(parser.currentLocation(), bytes);
          }
          default -> parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new ModelJsonException(
          ModelJsonException.Kind.MALFORMED,
          "malformed gateway payload: " + e.getOriginalMessage(),
          e);
    }
    if (op == null) {
      throw shape("a gateway payload needs an integer \"op\"");
    }
    PayloadHeader header =
        new PayloadHeader(
            OpCode.of(op),
            sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
            Optional.ofNullable(name),
            (int) dataStart,
            (int) dataEnd);
    return new Scan(header, event);
  }

  // Whether what was read before "d" already tells the event type: a dispatch whose name comes
  // after "d" does not.
  private static boolean settled(Integer op, String name) {
    return op != null && (name != null || !OpCode.of(op).equals(OpCode.DISPATCH));
  }

  private static long offset(TokenStreamLocation location, boolean bytes) {
    return bytes ? location.getByteOffset() : location.getCharOffset();
  }

  /**
   * Reads a payload into an event if its type is in {@code wanted}.
   *
   * @param payload the payload's JSON text
   * @param wanted the event types to deserialize
   * @return the event, or empty if it is not wanted or gloam does not know its type
   * @throws ModelJsonException if the payload is malformed or {@code d} has an unexpected shape
   */
  public static Optional<Event> parse(String payload, EventTypeFlags wanted) {
    Scan scan;
    try (JsonParser parser = ModelJson.mapper().createParser(payload)) {
      scan = scan(parser, false, wanted);
    }
    return finish(scan, wanted, () -> event(payload, scan.header()));
  }

  /**
   * Reads a payload given as UTF-8 bytes into an event if its type is in {@code wanted}; an
   * unwanted payload costs only the scan of its envelope, and a wanted one is read in one pass.
   *
   * <pre>{@code
   * Optional<Event> event = GatewayEventParser.parse(bytes, EventTypeFlags.of(EventType.MESSAGE_CREATE));
   * }</pre>
   *
   * @param payload the payload's UTF-8 JSON
   * @param wanted the event types to deserialize
   * @return the event, or empty if it is not wanted or gloam does not know its type
   * @throws ModelJsonException if the payload is malformed or {@code d} has an unexpected shape
   */
  public static Optional<Event> parse(byte[] payload, EventTypeFlags wanted) {
    Scan scan;
    try (JsonParser parser = ModelJson.mapper().createParser(payload)) {
      scan = scan(parser, true, wanted);
    }
    return finish(scan, wanted, () -> event(payload, scan.header()));
  }

  private static Optional<Event> finish(
      Scan scan, EventTypeFlags wanted, Supplier<Optional<Event>> reread) {
    if (scan == null || !scan.header().isWanted(wanted)) {
      return Optional.empty();
    }
    if (scan.event() != null) {
      return Optional.of(scan.event());
    }
    return reread.get();
  }

  /**
   * Deserializes the {@code d} of a payload whose envelope was read by {@link #header(String)}.
   *
   * @param payload the payload's JSON text
   * @param header its envelope
   * @return the event, or empty if gloam does not know its type
   * @throws ModelJsonException if {@code d} has an unexpected shape
   */
  public static Optional<Event> event(String payload, PayloadHeader header) {
    return event(
        header,
        () ->
            ModelJson.mapper()
                .createParser(payload.substring(header.dataStart(), header.dataEnd())));
  }

  /**
   * Deserializes the {@code d} of a payload whose envelope was read by {@link #header(byte[])}.
   *
   * @param payload the payload's UTF-8 JSON
   * @param header its envelope
   * @return the event, or empty if gloam does not know its type
   * @throws ModelJsonException if {@code d} has an unexpected shape
   */
  public static Optional<Event> event(byte[] payload, PayloadHeader header) {
    return event(
        header,
        () ->
            ModelJson.mapper()
                .createParser(payload, header.dataStart(), header.dataEnd() - header.dataStart()));
  }

  private static Optional<Event> event(PayloadHeader header, Supplier<JsonParser> data) {
    Optional<EventType> type = header.eventType();
    if (type.isEmpty() || !type.get().isKnown()) {
      return Optional.empty();
    }
    EventType kind = type.get();
    if (!carriesData(kind)) {
      return Optional.of(withoutData(kind));
    }
    if (header.dataStart() < 0) {
      throw shape(kind + " has no \"d\"");
    }
    try (JsonParser parser = data.get()) {
      return Optional.of(bind(kind, parser));
    } catch (JacksonException e) {
      throw new ModelJsonException(
          ModelJsonException.Kind.MALFORMED,
          "malformed gateway payload: " + e.getOriginalMessage(),
          e);
    }
  }

  private static boolean carriesData(EventType kind) {
    return kind.isKnown() && !NO_DATA.contains(kind);
  }

  private static Event withoutData(EventType kind) {
    if (kind.equals(EventType.GATEWAY_HEARTBEAT_ACK)) {
      return new HeartbeatAck();
    } else if (kind.equals(EventType.GATEWAY_HEARTBEAT)) {
      return new HeartbeatRequest();
    } else if (kind.equals(EventType.GATEWAY_RECONNECT)) {
      return new Reconnect();
    }
    return new Resumed();
  }

  // Binds d from the parser, which stands on d's first token (or before it); on return the parser
  // stands on d's last token.
  private static Event bind(EventType kind, JsonParser parser) {
    if (kind.equals(EventType.GUILD_CREATE)) {
      return guildCreate(ModelJson.read(parser, GUILD_READER, Guild.class));
    }
    Class<? extends Event> model = PAYLOAD_TYPES.get(kind);
    if (model == null) {
      throw new IllegalStateException("no model registered for known event type " + kind);
    }
    Event event = ModelJson.read(parser, READERS.get(kind), model);
    if (event == null) {
      throw shape(kind + " has a null \"d\"");
    }
    return event;
  }

  // Every event whose d is read by plain data binding; GUILD_CREATE and the payloads without d are
  // handled above.
  private static Map<EventType, ObjectReader> readers() {
    Map<EventType, ObjectReader> readers = new HashMap<>();
    PAYLOAD_TYPES.forEach((kind, model) -> readers.put(kind, inPlaceReader(model)));
    return Map.copyOf(readers);
  }

  // A reader resolves its deserializer once, instead of on every payload. It binds d in the middle
  // of the payload, so the rest of the envelope after d is not "trailing tokens".
  private static ObjectReader inPlaceReader(Class<?> model) {
    return ModelJson.mapper()
        .readerFor(model)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  static Map<EventType, Class<? extends Event>> payloadTypes() {
    Map<EventType, Class<? extends Event>> types = new HashMap<>();
    types.put(EventType.GATEWAY_HELLO, Hello.class);
    types.put(EventType.GATEWAY_INVALID_SESSION, InvalidSession.class);
    types.put(EventType.READY, Ready.class);
    types.put(EventType.MESSAGE_CREATE, MessageCreate.class);
    types.put(EventType.CHANNEL_CREATE, ChannelCreate.class);
    types.put(EventType.CHANNEL_UPDATE, ChannelUpdate.class);
    types.put(EventType.CHANNEL_DELETE, ChannelDelete.class);
    types.put(EventType.THREAD_CREATE, ThreadCreate.class);
    types.put(EventType.THREAD_UPDATE, ThreadUpdate.class);
    types.put(EventType.THREAD_DELETE, ThreadDelete.class);
    types.put(EventType.GUILD_UPDATE, GuildUpdate.class);
    types.put(EventType.GUILD_DELETE, GuildDelete.class);
    types.put(EventType.MESSAGE_UPDATE, MessageUpdate.class);
    types.put(EventType.USER_UPDATE, UserUpdate.class);
    types.put(EventType.MESSAGE_DELETE, MessageDelete.class);
    types.put(EventType.MESSAGE_DELETE_BULK, MessageDeleteBulk.class);
    types.put(EventType.CHANNEL_PINS_UPDATE, ChannelPinsUpdate.class);
    types.put(EventType.GUILD_BAN_ADD, GuildBanAdd.class);
    types.put(EventType.GUILD_BAN_REMOVE, GuildBanRemove.class);
    types.put(EventType.GUILD_INTEGRATIONS_UPDATE, GuildIntegrationsUpdate.class);
    types.put(EventType.GUILD_MEMBER_REMOVE, GuildMemberRemove.class);
    types.put(EventType.GUILD_ROLE_CREATE, GuildRoleCreate.class);
    types.put(EventType.GUILD_ROLE_UPDATE, GuildRoleUpdate.class);
    types.put(EventType.GUILD_ROLE_DELETE, GuildRoleDelete.class);
    types.put(EventType.GUILD_SCHEDULED_EVENT_USER_ADD, GuildScheduledEventUserAdd.class);
    types.put(EventType.GUILD_SCHEDULED_EVENT_USER_REMOVE, GuildScheduledEventUserRemove.class);
    types.put(EventType.GUILD_SOUNDBOARD_SOUND_DELETE, GuildSoundboardSoundDelete.class);
    types.put(EventType.INTEGRATION_DELETE, IntegrationDelete.class);
    types.put(EventType.INVITE_DELETE, InviteDelete.class);
    types.put(EventType.MESSAGE_REACTION_REMOVE_ALL, MessageReactionRemoveAll.class);
    types.put(EventType.MESSAGE_REACTION_REMOVE_EMOJI, MessageReactionRemoveEmoji.class);
    types.put(EventType.TYPING_START, TypingStart.class);
    types.put(EventType.WEBHOOKS_UPDATE, WebhooksUpdate.class);
    types.put(EventType.MESSAGE_POLL_VOTE_ADD, MessagePollVoteAdd.class);
    types.put(EventType.MESSAGE_POLL_VOTE_REMOVE, MessagePollVoteRemove.class);
    types.put(EventType.VOICE_CHANNEL_STATUS_UPDATE, VoiceChannelStatusUpdate.class);
    types.put(EventType.VOICE_CHANNEL_START_TIME_UPDATE, VoiceChannelStartTimeUpdate.class);
    types.put(EventType.PRESENCE_UPDATE, PresenceUpdate.class);
    types.put(EventType.RATE_LIMITED, RateLimited.class);
    types.put(EventType.VOICE_CHANNEL_EFFECT_SEND, VoiceChannelEffectSend.class);
    types.put(
        EventType.APPLICATION_COMMAND_PERMISSIONS_UPDATE,
        ApplicationCommandPermissionsUpdate.class);
    types.put(EventType.AUTO_MODERATION_RULE_CREATE, AutoModerationRuleCreate.class);
    types.put(EventType.AUTO_MODERATION_RULE_UPDATE, AutoModerationRuleUpdate.class);
    types.put(EventType.AUTO_MODERATION_RULE_DELETE, AutoModerationRuleDelete.class);
    types.put(EventType.AUTO_MODERATION_ACTION_EXECUTION, AutoModerationActionExecution.class);
    types.put(EventType.CHANNEL_INFO, ChannelInfo.class);
    types.put(EventType.THREAD_LIST_SYNC, ThreadListSync.class);
    types.put(EventType.THREAD_MEMBER_UPDATE, ThreadMemberUpdate.class);
    types.put(EventType.THREAD_MEMBERS_UPDATE, ThreadMembersUpdate.class);
    types.put(EventType.ENTITLEMENT_CREATE, EntitlementCreate.class);
    types.put(EventType.ENTITLEMENT_UPDATE, EntitlementUpdate.class);
    types.put(EventType.ENTITLEMENT_DELETE, EntitlementDelete.class);
    types.put(EventType.GUILD_AUDIT_LOG_ENTRY_CREATE, GuildAuditLogEntryCreate.class);
    types.put(EventType.GUILD_EMOJIS_UPDATE, GuildEmojisUpdate.class);
    types.put(EventType.GUILD_STICKERS_UPDATE, GuildStickersUpdate.class);
    types.put(EventType.GUILD_MEMBER_ADD, GuildMemberAdd.class);
    types.put(EventType.GUILD_MEMBER_UPDATE, GuildMemberUpdate.class);
    types.put(EventType.GUILD_MEMBERS_CHUNK, GuildMembersChunk.class);
    types.put(EventType.GUILD_SCHEDULED_EVENT_CREATE, GuildScheduledEventCreate.class);
    types.put(EventType.GUILD_SCHEDULED_EVENT_UPDATE, GuildScheduledEventUpdate.class);
    types.put(EventType.GUILD_SCHEDULED_EVENT_DELETE, GuildScheduledEventDelete.class);
    types.put(EventType.GUILD_SOUNDBOARD_SOUND_CREATE, GuildSoundboardSoundCreate.class);
    types.put(EventType.GUILD_SOUNDBOARD_SOUND_UPDATE, GuildSoundboardSoundUpdate.class);
    types.put(EventType.GUILD_SOUNDBOARD_SOUNDS_UPDATE, GuildSoundboardSoundsUpdate.class);
    types.put(EventType.SOUNDBOARD_SOUNDS, SoundboardSounds.class);
    types.put(EventType.INTEGRATION_CREATE, IntegrationCreate.class);
    types.put(EventType.INTEGRATION_UPDATE, IntegrationUpdate.class);
    types.put(EventType.INTERACTION_CREATE, InteractionCreate.class);
    types.put(EventType.INVITE_CREATE, InviteCreate.class);
    types.put(EventType.MESSAGE_REACTION_ADD, MessageReactionAdd.class);
    types.put(EventType.MESSAGE_REACTION_REMOVE, MessageReactionRemove.class);
    types.put(EventType.STAGE_INSTANCE_CREATE, StageInstanceCreate.class);
    types.put(EventType.STAGE_INSTANCE_UPDATE, StageInstanceUpdate.class);
    types.put(EventType.STAGE_INSTANCE_DELETE, StageInstanceDelete.class);
    types.put(EventType.SUBSCRIPTION_CREATE, SubscriptionCreate.class);
    types.put(EventType.SUBSCRIPTION_UPDATE, SubscriptionUpdate.class);
    types.put(EventType.SUBSCRIPTION_DELETE, SubscriptionDelete.class);
    types.put(EventType.VOICE_STATE_UPDATE, VoiceStateUpdate.class);
    types.put(EventType.VOICE_SERVER_UPDATE, VoiceServerUpdate.class);
    return Map.copyOf(types);
  }

  // An outage sends only {id, unavailable: true}; a full guild never carries unavailable: true.
  // Binding both as Guild keeps GUILD_CREATE to one pass, with no tree to decide which it is.
  private static GuildCreate guildCreate(Guild guild) {
    if (guild == null) {
      throw shape(EventType.GUILD_CREATE + " has a null \"d\"");
    }
    if (guild.unavailable().orElse(false)) {
      return new GuildCreate.Unavailable(new UnavailableGuild(guild.id(), true));
    }
    return new GuildCreate.Available(guild);
  }

  private static ModelJsonException shape(String message) {
    return new ModelJsonException(ModelJsonException.Kind.UNEXPECTED_SHAPE, message, null);
  }
}
