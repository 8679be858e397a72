package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.Presence;
import dev.gloam.testkit.internal.world.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The commands an identified client sends besides heartbeats: UPDATE_PRESENCE (op 3),
 * UPDATE_VOICE_STATE (op 4), REQUEST_GUILD_MEMBERS (op 8) and REQUEST_SOUNDBOARD_SOUNDS (op 31), as
 * {@code events/gateway-events.mdx} ("Sending Events") describes them. Each handler returns false
 * if the payload does not have the documented shape, which closes the connection with 4002.
 * Requests about guilds the session does not receive (unknown, or on another shard) are ignored, as
 * Discord ignores them.
 */
final class CommandHandlers {

  /** Discord sends at most this many members per GUILD_MEMBERS_CHUNK. */
  static final int CHUNK_SIZE = 1000;

  /** Queries by prefix and by user ids return at most this many members. */
  static final int MAX_QUERIED_MEMBERS = 100;

  private static final int MAX_NONCE_BYTES = 32;
  private static final Set<String> STATUSES =
      Set.of("online", "dnd", "idle", "invisible", "offline");
  private static final int MAX_ACTIVITY_TYPE = 6;

  private final GatewayContext context;
  private final GatewaySession session;
  private final World world;

  CommandHandlers(GatewayContext context, GatewaySession session) {
    this.context = context;
    this.session = session;
    this.world = context.world();
  }

  boolean updatePresence(JsonNode d) {
    if (!d.isObject()
        || !d.path("status").isString()
        || !STATUSES.contains(d.get("status").stringValue())
        || !d.path("activities").isArray()
        || !(d.path("since").isMissingNode()
            || d.path("since").isNull()
            || d.path("since").isIntegralNumber())
        || !(d.path("afk").isMissingNode() || d.path("afk").isBoolean())) {
      return false;
    }
    ArrayNode activities = Json.array();
    long now = world.now().toEpochMilli();
    for (JsonNode activity : d.get("activities")) {
      if (!activity.isObject()
          || !activity.path("name").isString()
          || !activity.path("type").isIntegralNumber()
          || activity.get("type").asInt() < 0
          || activity.get("type").asInt() > MAX_ACTIVITY_TYPE) {
        return false;
      }
      ObjectNode shown = (ObjectNode) activity.deepCopy();
      shown.put("created_at", now);
      // Discord names each activity it sends, though bots do not send the id.
      shown.put(
          "id",
          Presence.activityId(
              activity.get("type").asInt(), activity.get("name").stringValue(), now));
      activities.add(shown);
    }
    LiveState live = context.sessions().live();
    live.setBotPresence(d.get("status").stringValue(), activities);
    for (Guild guild : world.guilds()) {
      context
          .sessions()
          .dispatchToGuild(guild.id(), "PRESENCE_UPDATE", s -> live.botPresence(guild.id()));
    }
    return true;
  }

  boolean updateVoiceState(JsonNode d) {
    if (!d.isObject()
        || !d.path("self_mute").isBoolean()
        || !d.path("self_deaf").isBoolean()
        || !d.has("channel_id")) {
      return false;
    }
    Optional<Long> guildId = Json.readId(d.get("guild_id"));
    JsonNode channelNode = d.get("channel_id");
    Optional<Long> channelId = channelNode.isNull() ? Optional.of(0L) : Json.readId(channelNode);
    if (guildId.isEmpty() || channelId.isEmpty()) {
      return false;
    }
    long guild = guildId.get();
    long channel = channelId.get();
    if (!receives(guild)) {
      return true;
    }
    if (channel != 0 && world.channel(channel).filter(c -> c.guildId() == guild).isEmpty()) {
      // Discord does not join a channel that is not in the guild.
      return true;
    }
    LiveState live = context.sessions().live();
    ObjectNode state =
        live.updateBotVoiceState(
            guild,
            channel,
            session.sessionId(),
            d.get("self_mute").asBoolean(),
            d.get("self_deaf").asBoolean());
    context.sessions().dispatchToGuild(guild, "VOICE_STATE_UPDATE", s -> state.deepCopy());
    if (channel != 0) {
      // Joining also tells the client where the voice server is, on its own session only.
      ObjectNode server = Json.object();
      server.put("token", Long.toHexString(world.now().toEpochMilli() ^ guild));
      server.put("guild_id", Json.id(guild));
      server.put("endpoint", "127.0.0.1:0");
      session.dispatch("VOICE_SERVER_UPDATE", server);
    }
    return true;
  }

  boolean requestGuildMembers(JsonNode d) {
    if (!d.isObject()) {
      return false;
    }
    Optional<Long> guildId = Json.readId(d.get("guild_id"));
    JsonNode query = d.path("query");
    JsonNode userIds = d.path("user_ids");
    boolean byQuery = !query.isMissingNode() && !query.isNull();
    boolean byIds = !userIds.isMissingNode() && !userIds.isNull();
    JsonNode limitNode = d.path("limit");
    JsonNode presencesNode = d.path("presences");
    if (guildId.isEmpty()
        || (!byQuery && !byIds)
        || (byQuery && !query.isString())
        || (byQuery
            && !byIds
            && (!limitNode.isIntegralNumber()
                || !limitNode.canConvertToInt()
                || limitNode.asInt() < 0))
        || !(presencesNode.isMissingNode()
            || presencesNode.isNull()
            || presencesNode.isBoolean())) {
      return false;
    }
    List<Long> ids = new ArrayList<>();
    if (byIds) {
      List<JsonNode> idNodes = new ArrayList<>();
      if (userIds.isArray()) {
        userIds.forEach(idNodes::add);
      } else {
        idNodes.add(userIds);
      }
      for (JsonNode idNode : idNodes) {
        Optional<Long> id = Json.readId(idNode);
        if (id.isEmpty()) {
          return false;
        }
        ids.add(id.get());
      }
    }
    long guild = guildId.get();
    if (!receives(guild)) {
      return true;
    }
    Guild target = world.guild(guild).orElse(null);
    if (target == null) {
      return true;
    }
    List<Member> matched = new ArrayList<>();
    List<Long> notFound = new ArrayList<>();
    if (byIds) {
      // Looked up in the guild's map, so a request for 100 ids stays cheap in a guild of 100,000.
      for (long id : new LinkedHashSet<>(ids)) {
        Optional<Member> member = target.member(id);
        if (member.isPresent()) {
          if (matched.size() < MAX_QUERIED_MEMBERS) {
            matched.add(member.get());
          }
        } else {
          notFound.add(id);
        }
      }
    } else {
      List<Member> members = target.members();
      String prefix = query.stringValue().toLowerCase(Locale.ROOT);
      int limit = limitNode.asInt();
      if (prefix.isEmpty()) {
        if (!Intents.contains(session.intents(), Intents.GUILD_MEMBERS)) {
          // Discord does not answer a request for the whole list without GUILD_MEMBERS.
          return true;
        }
        matched = limit == 0 ? members : members.stream().limit(limit).toList();
      } else {
        int max = limit == 0 ? MAX_QUERIED_MEMBERS : Math.min(limit, MAX_QUERIED_MEMBERS);
        matched =
            members.stream()
                .filter(m -> m.user().username().toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(max)
                .toList();
      }
    }
    boolean withPresences =
        presencesNode.asBoolean(false)
            && Intents.contains(session.intents(), Intents.GUILD_PRESENCES);
    String nonce = validNonce(d.path("nonce"));
    sendChunks(guild, matched, notFound, withPresences, nonce);
    return true;
  }

  boolean requestSoundboardSounds(JsonNode d) {
    if (!d.isObject() || !d.path("guild_ids").isArray()) {
      return false;
    }
    List<Long> guildIds = new ArrayList<>();
    for (JsonNode idNode : d.get("guild_ids")) {
      Optional<Long> id = Json.readId(idNode);
      if (id.isEmpty()) {
        return false;
      }
      guildIds.add(id.get());
    }
    for (long guildId : guildIds) {
      if (receives(guildId)) {
        ObjectNode sounds = Json.object();
        sounds.putArray("soundboard_sounds");
        sounds.put("guild_id", Json.id(guildId));
        session.dispatch("SOUNDBOARD_SOUNDS", sounds);
      }
    }
    return true;
  }

  private void sendChunks(
      long guildId, List<Member> matched, List<Long> notFound, boolean presences, String nonce) {
    LiveState live = context.sessions().live();
    MemberListJson memberJson = new MemberListJson();
    int chunkCount = Math.max(1, (matched.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
    for (int index = 0; index < chunkCount; index++) {
      List<Member> part =
          matched.subList(index * CHUNK_SIZE, Math.min(matched.size(), (index + 1) * CHUNK_SIZE));
      ObjectNode chunk = Json.object();
      chunk.put("guild_id", Json.id(guildId));
      // Kept as text: a session keeps its dispatches for RESUME, and 100 chunks of 1000 member
      // trees would hold hundreds of megabytes where their JSON text holds a tenth of that.
      chunk.putRawValue("members", new RawValue(memberJson.write(part)));
      chunk.put("chunk_index", index);
      chunk.put("chunk_count", chunkCount);
      if (index == 0 && !notFound.isEmpty()) {
        ArrayNode missing = chunk.putArray("not_found");
        notFound.forEach(id -> missing.add(Json.id(id)));
      }
      if (presences) {
        ArrayNode presenceArray = chunk.putArray("presences");
        for (Member member : part) {
          long userId = member.user().id();
          if (live.isOnline(userId)) {
            presenceArray.add(live.listedPresence(guildId, userId));
          }
        }
      }
      if (nonce != null) {
        chunk.put("nonce", nonce);
      }
      session.dispatch("GUILD_MEMBERS_CHUNK", chunk);
    }
  }

  /** A nonce longer than 32 bytes is ignored, as Discord documents. */
  private static String validNonce(JsonNode node) {
    if (!node.isString()) {
      return null;
    }
    String nonce = node.stringValue();
    return nonce.getBytes(StandardCharsets.UTF_8).length <= MAX_NONCE_BYTES ? nonce : null;
  }

  private boolean receives(long guildId) {
    return world.guild(guildId).isPresent() && session.shard().owns(guildId);
  }
}
