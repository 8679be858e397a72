package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the gateway knows that REST does not: the bot's presence, set with UPDATE_PRESENCE (op 3),
 * the presences of other users that the world was built with ({@link World#presence}), and the
 * voice states set with UPDATE_VOICE_STATE (op 4). Other users are offline and not in voice.
 */
public final class LiveState {

  private final World world;
  private volatile String botStatus = "online";
  private volatile ArrayNode botActivities = Json.array();
  private final Map<Long, Map<Long, ObjectNode>> voiceStates = new ConcurrentHashMap<>();

  /**
   * Creates the state: the bot online without activities, nobody in voice.
   *
   * @param world the world
   */
  public LiveState(World world) {
    this.world = world;
  }

  /**
   * Sets the bot's presence.
   *
   * @param status online, dnd, idle, invisible or offline
   * @param activities the activities, already validated
   */
  void setBotPresence(String status, ArrayNode activities) {
    this.botActivities = activities.deepCopy();
    this.botStatus = status;
  }

  /**
   * Renders the bot's presence in a guild as others see it (invisible shows as offline).
   *
   * @param guildId the guild
   * @return a presence update object
   */
  ObjectNode botPresence(long guildId) {
    String status = botStatus;
    boolean shown = !status.equals("invisible") && !status.equals("offline");
    ObjectNode presence = Json.object();
    presence.putObject("user").put("id", Json.id(world.bot().id()));
    presence.put("guild_id", Json.id(guildId));
    presence.put("status", shown ? status : "offline");
    presence.set("activities", shown ? botActivities.deepCopy() : Json.array());
    ObjectNode clientStatus = presence.putObject("client_status");
    if (shown) {
      clientStatus.put("web", status);
    }
    return presence;
  }

  /**
   * Tells whether a user is online, so its presence is listed.
   *
   * @param userId the user
   * @return true for the bot unless invisible or offline, and for users the world has a presence
   *     for
   */
  boolean isOnline(long userId) {
    if (userId == world.bot().id()) {
      String status = botStatus;
      return !status.equals("invisible") && !status.equals("offline");
    }
    return world.presence(userId).isPresent();
  }

  /**
   * Renders an online user's presence as GUILD_CREATE and GUILD_MEMBERS_CHUNK list it: without
   * {@code guild_id}.
   *
   * @param guildId the guild it is listed in
   * @param userId the user, which {@link #isOnline} said is online
   * @return a presence update object without {@code guild_id}
   */
  ObjectNode listedPresence(long guildId, long userId) {
    if (userId == world.bot().id()) {
      ObjectNode presence = botPresence(guildId);
      presence.remove("guild_id");
      return presence;
    }
    return world
        .presence(userId)
        .orElseThrow(() -> new IllegalStateException("user " + userId + " is offline"))
        .toJson(userId, 0);
  }

  /**
   * Stores the bot's voice state in a guild, or removes it when it leaves voice.
   *
   * @param guildId the guild
   * @param channelId the voice channel, or 0 to leave
   * @param sessionId the gateway session that asked
   * @param selfMute whether the bot muted itself
   * @param selfDeaf whether the bot deafened itself
   * @return the voice state object to dispatch
   */
  ObjectNode updateBotVoiceState(
      long guildId, long channelId, String sessionId, boolean selfMute, boolean selfDeaf) {
    long botId = world.bot().id();
    ObjectNode state = Json.object();
    state.put("guild_id", Json.id(guildId));
    if (channelId == 0) {
      state.putNull("channel_id");
    } else {
      state.put("channel_id", Json.id(channelId));
    }
    state.put("user_id", Json.id(botId));
    world.member(botId).map(Member::toJson).ifPresent(member -> state.set("member", member));
    state.put("session_id", sessionId);
    state.put("deaf", false);
    state.put("mute", false);
    state.put("self_deaf", selfDeaf);
    state.put("self_mute", selfMute);
    state.put("self_stream", false);
    state.put("self_video", false);
    state.put("suppress", false);
    state.putNull("request_to_speak_timestamp");
    Map<Long, ObjectNode> guildStates =
        voiceStates.computeIfAbsent(guildId, id -> new ConcurrentHashMap<>());
    if (channelId == 0) {
      guildStates.remove(botId);
    } else {
      guildStates.put(botId, state);
    }
    return state;
  }

  /**
   * Returns the voice states of a guild as GUILD_CREATE lists them (without {@code guild_id} and
   * {@code member}).
   *
   * @param guildId the guild
   * @return the states
   */
  List<ObjectNode> voiceStates(long guildId) {
    List<ObjectNode> states = new ArrayList<>();
    for (ObjectNode state : voiceStates.getOrDefault(guildId, Map.of()).values()) {
      ObjectNode copy = state.deepCopy();
      copy.remove("guild_id");
      copy.remove("member");
      states.add(copy);
    }
    return states;
  }

  /**
   * Returns a user's voice state in a guild as REST returns it (Get User Voice State).
   *
   * @param guildId the guild
   * @param userId the user
   * @return a copy, if the user is in a voice channel of the guild
   */
  public Optional<ObjectNode> voiceState(long guildId, long userId) {
    return Optional.ofNullable(voiceStates.getOrDefault(guildId, Map.of()).get(userId))
        .map(ObjectNode::deepCopy);
  }

  /**
   * Tells whether a user is in a voice channel of a guild.
   *
   * @param guildId the guild
   * @param userId the user
   * @return true if it has a voice state there
   */
  boolean inVoice(long guildId, long userId) {
    return voiceStates.getOrDefault(guildId, Map.of()).containsKey(userId);
  }
}
