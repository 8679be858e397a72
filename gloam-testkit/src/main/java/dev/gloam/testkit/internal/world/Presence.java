package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * What another user shows while online (events/gateway-events.mdx, "Presence Update"): a status,
 * the platform it is set on ({@code client_status}) and one activity. Kept as a small record, since
 * a world may hold tens of thousands; rendered as JSON only when a session is sent it.
 *
 * @param status {@code online}, {@code idle} or {@code dnd}
 * @param platform {@code desktop}, {@code mobile} or {@code web}: the one key of {@code
 *     client_status}
 * @param activityType the activity type, 0 to 5 (Playing, Streaming, Listening, Watching, Custom,
 *     Competing)
 * @param activityName the activity's {@code name}
 * @param activityText the activity's {@code state} (what a custom status says, or the party state),
 *     or null for none
 * @param since when the activity started, in Unix milliseconds ({@code created_at} and {@code
 *     timestamps.start})
 */
public record Presence(
    String status,
    String platform,
    int activityType,
    String activityName,
    String activityText,
    long since) {

  private static final Set<String> STATUSES = Set.of("online", "idle", "dnd");

  /**
   * Twelve online, five idle and three dnd in twenty, spread so that a few members show all three.
   */
  private static final List<String> STATUS_CYCLE =
      List.of(
          "online", "idle", "online", "dnd", "online", "online", "idle", "online", "online", "idle",
          "online", "dnd", "online", "online", "idle", "online", "online", "idle", "dnd", "online");

  private static final Set<String> PLATFORMS = Set.of("desktop", "mobile", "web");

  /**
   * A Playing, Listening, Watching, Custom and Competing activity, in the order {@link #sample}
   * uses them.
   */
  private static final List<Presence> SAMPLES =
      List.of(
          new Presence("online", "desktop", 0, "Chess", "Rated blitz", 0),
          new Presence("online", "mobile", 2, "Spotify", "Listening along", 0),
          new Presence("online", "web", 3, "YouTube", null, 0),
          new Presence("online", "desktop", 4, "Custom Status", "working on it", 0),
          new Presence("online", "desktop", 5, "Arena Cup", null, 0));

  /**
   * Checks the fields.
   *
   * @param status the status
   * @param platform the platform
   * @param activityType the activity type
   * @param activityName the activity name
   * @param activityText the activity state or null
   * @param since the start time
   */
  public Presence {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("an online status is online, idle or dnd: " + status);
    }
    if (!PLATFORMS.contains(platform)) {
      throw new IllegalArgumentException("a platform is desktop, mobile or web: " + platform);
    }
    if (activityType < 0 || activityType > 5) {
      throw new IllegalArgumentException("an activity type is 0 to 5: " + activityType);
    }
    Objects.requireNonNull(activityName, "activityName");
  }

  /**
   * Makes the {@code index}-th of a varied set of presences, as a crowd of online members shows
   * them: three in five online, one in four idle, the rest do not disturb; desktop, mobile and web
   * in turn; and a Playing, Listening, Watching, custom or Competing activity.
   *
   * @param index which one, 0 or more; the same index gives the same presence
   * @param since when the activity started, in Unix milliseconds
   * @return the presence
   */
  public static Presence sample(int index, long since) {
    String status = STATUS_CYCLE.get(Math.floorMod(index, STATUS_CYCLE.size()));
    Presence activity = SAMPLES.get(Math.floorMod(index, SAMPLES.size()));
    String platform = List.of("desktop", "mobile", "web").get(Math.floorMod(index, 3));
    return new Presence(
        status,
        platform,
        activity.activityType(),
        activity.activityName(),
        activity.activityText(),
        since);
  }

  /**
   * Renders the presence as a presence update object for one guild.
   *
   * @param userId whose presence it is; the {@code user} object carries only the id, as Discord
   *     sends it in presences
   * @param guildId the guild, or 0 to leave {@code guild_id} out (as GUILD_CREATE and
   *     GUILD_MEMBERS_CHUNK list presences)
   * @return a new JSON object
   */
  public ObjectNode toJson(long userId, long guildId) {
    ObjectNode json = Json.object();
    json.putObject("user").put("id", Json.id(userId));
    if (guildId != 0) {
      json.put("guild_id", Json.id(guildId));
    }
    json.put("status", status);
    ObjectNode activity = json.putArray("activities").addObject();
    activity.put("id", activityId(activityType, activityName, since));
    activity.put("name", activityName);
    activity.put("type", activityType);
    activity.put("created_at", since);
    if (activityType != 4) {
      // A custom status has no start time; the other kinds show how long they have been going.
      activity.putObject("timestamps").put("start", since);
    }
    if (activityText != null) {
      activity.put("state", activityText);
    }
    json.putObject("client_status").put(platform, status);
    return json;
  }

  /**
   * Makes the {@code id} Discord gives each activity it sends. Its documentation of the activity
   * object leaves the field out, but every activity Discord sends carries one, and some clients
   * (Discord4J) refuse an activity without it: {@code custom} for a custom status, {@code
   * spotify:1} for Spotify, and a 16-digit hexadecimal id for the others.
   *
   * @param type the activity type
   * @param name the activity's name
   * @param createdAt its {@code created_at}
   * @return the id
   */
  public static String activityId(int type, String name, long createdAt) {
    if (type == 4) {
      return "custom";
    }
    if (type == 2 && name.equals("Spotify")) {
      return "spotify:1";
    }
    return HexFormat.of().toHexDigits(name.hashCode() * 0x9E3779B97F4A7C15L ^ createdAt);
  }
}
