package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.guild.GuildChannelChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves several channels at once: their positions, and optionally their categories. The body is a
 * JSON array with one entry per channel; {@link #id} starts an entry and the other setters fill it
 * in. Maps "Modify Guild Channel Positions" ({@code PATCH /guilds/{guild.id}/channels},
 * resources/guild). Obtained from {@link dev.gloam.http.GuildRequests#updateGuildChannelPositions}.
 *
 * <pre>{@code
 * client.updateGuildChannelPositions(guildId)
 *     .move(rulesId, 0)
 *     .id(voiceId).position(3).parentId(categoryId).lockPermissions(true)
 *     .send();
 * }</pre>
 */
public final class UpdateGuildChannelPositions extends Request<EmptyBody> {
  private final List<Map<String, Object>> entries = new ArrayList<>();

  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildChannelPositions}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildChannelPositions(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.BULK_UPDATE_GUILD_CHANNELS, BodyReader.empty(), guildId);
  }

  /**
   * Starts the entry of one channel; the setters that follow apply to it.
   *
   * @param id the channel
   * @return this request
   */
  public UpdateGuildChannelPositions id(Id<ChannelMarker> id) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entries.add(entry);
    return this;
  }

  /**
   * Sets the new position of the channel of the current entry.
   *
   * @param position the position, 0 or more, or {@code null} to leave it
   * @return this request
   */
  public UpdateGuildChannelPositions position(Integer position) {
    String path = "[" + (entries.size() - 1) + "].position";
    current().put("position", position);
    if (position != null) {
      check(() -> GuildChannelChecks.position(path, position));
    }
    return this;
  }

  /**
   * Sets the new category of the channel of the current entry.
   *
   * @param parentId the category, or {@code null} to take the channel out of any category
   * @return this request
   */
  public UpdateGuildChannelPositions parentId(Id<ChannelMarker> parentId) {
    current().put("parent_id", parentId);
    return this;
  }

  /**
   * Sets whether the channel of the current entry takes over the permission overwrites of its new
   * category.
   *
   * @param lockPermissions {@code true} to sync the permissions
   * @return this request
   */
  public UpdateGuildChannelPositions lockPermissions(boolean lockPermissions) {
    current().put("lock_permissions", lockPermissions);
    return this;
  }

  /**
   * Moves one channel: the same as {@code id(id).position(position)}.
   *
   * @param id the channel
   * @param position the new position, 0 or more
   * @return this request
   */
  public UpdateGuildChannelPositions move(Id<ChannelMarker> id, int position) {
    return id(id).position(position);
  }

  private Map<String, Object> current() {
    if (entries.isEmpty()) {
      throw new IllegalStateException("call id(channelId) first to start a channel's entry");
    }
    return entries.get(entries.size() - 1);
  }

  @Override
  protected RequestBody body() {
    return new RequestBody.Json(ModelJson.mapper().writeValueAsBytes(entries));
  }
}
