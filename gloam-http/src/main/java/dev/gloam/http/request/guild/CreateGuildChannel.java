package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwrite;
import dev.gloam.model.channel.VideoQualityMode;
import dev.gloam.model.channel.forum.DefaultReaction;
import dev.gloam.model.channel.forum.ForumLayoutType;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.model.channel.forum.SortOrderType;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.guild.GuildChannelChecks;
import java.util.List;

/**
 * Creates a channel in a guild. Maps "Create Guild Channel" ({@code POST
 * /guilds/{guild.id}/channels}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#createGuildChannel}.
 *
 * <pre>{@code
 * Channel voice = client.createGuildChannel(guildId, "Lounge")
 *     .type(ChannelType.GUILD_VOICE)
 *     .userLimit(10)
 *     .send().model();
 * }</pre>
 */
public final class CreateGuildChannel extends Request<Channel> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#createGuildChannel} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the channel's name, 1 to 100 characters
   */
  public CreateGuildChannel(Transport transport, Id<GuildMarker> guildId, String name) {
    super(transport, Route.CREATE_GUILD_CHANNEL, BodyReader.of(Channel.class), guildId);
    name(name);
  }

  /**
   * Sets the channel's name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildChannel name(String name) {
    json().set("name", name);
    check(() -> GuildChannelChecks.name(name));
    return this;
  }

  /**
   * Sets the channel's type; the default is a text channel.
   *
   * @param value the type
   * @return this request
   */
  public CreateGuildChannel type(ChannelType value) {
    json().set("type", value);
    return this;
  }

  /**
   * Sets the channel's place in the list.
   *
   * @param value the position, 0 or more
   * @return this request
   */
  public CreateGuildChannel position(int value) {
    json().set("position", value);
    check(() -> GuildChannelChecks.position("position", value));
    return this;
  }

  /**
   * Sets the channel's topic: up to 1024 characters for text and announcement channels, 4096 for
   * forum and media channels.
   *
   * @param value the topic, or {@code null} for none
   * @return this request
   */
  public CreateGuildChannel topic(String value) {
    json().set("topic", value);
    check(() -> GuildChannelChecks.topic(value));
    return this;
  }

  /**
   * Sets a voice or stage channel's bitrate in bits per second (at least 8000; the most depends on
   * the guild's boost level).
   *
   * @param value the bitrate
   * @return this request
   */
  public CreateGuildChannel bitrate(int value) {
    json().set("bitrate", value);
    check(() -> GuildChannelChecks.bitrate(value));
    return this;
  }

  /**
   * Sets how many users may join a voice or stage channel at once (0 for no limit).
   *
   * @param value the limit
   * @return this request
   */
  public CreateGuildChannel userLimit(int value) {
    json().set("user_limit", value);
    check(() -> GuildChannelChecks.userLimit(value));
    return this;
  }

  /**
   * Sets whether the channel is age-restricted.
   *
   * @param value {@code true} to age-restrict it
   * @return this request
   */
  public CreateGuildChannel nsfw(boolean value) {
    json().set("nsfw", value);
    return this;
  }

  /**
   * Sets the slow mode: how many seconds a member waits between messages, 0 to 21600.
   *
   * @param value the seconds
   * @return this request
   */
  public CreateGuildChannel rateLimitPerUser(int value) {
    json().set("rate_limit_per_user", value);
    check(() -> GuildChannelChecks.rateLimitPerUser("rate_limit_per_user", value));
    return this;
  }

  /**
   * Sets the category the channel is in.
   *
   * @param value the category, or {@code null} for none
   * @return this request
   */
  public CreateGuildChannel parentId(Id<ChannelMarker> value) {
    json().set("parent_id", value);
    return this;
  }

  /**
   * Sets the channel's permission overwrites (up to 100).
   *
   * @param value the overwrites
   * @return this request
   */
  public CreateGuildChannel permissionOverwrites(List<PermissionOverwrite> value) {
    List<PermissionOverwrite> copy = List.copyOf(value);
    json().set("permission_overwrites", copy);
    check(() -> GuildChannelChecks.permissionOverwrites(copy));
    return this;
  }

  /**
   * Sets a voice or stage channel's voice region id.
   *
   * @param value the region id, or {@code null} for automatic
   * @return this request
   */
  public CreateGuildChannel rtcRegion(String value) {
    json().set("rtc_region", value);
    return this;
  }

  /**
   * Sets a voice channel's camera video quality.
   *
   * @param value the mode
   * @return this request
   */
  public CreateGuildChannel videoQualityMode(VideoQualityMode value) {
    json().set("video_quality_mode", value);
    return this;
  }

  /**
   * Sets after how long without activity new threads are hidden, as shown in the client.
   *
   * @param value the duration
   * @return this request
   */
  public CreateGuildChannel defaultAutoArchiveDuration(AutoArchiveDuration value) {
    json().set("default_auto_archive_duration", value);
    return this;
  }

  /**
   * Sets the emoji shown on the add-reaction button of posts in a forum or media channel.
   *
   * @param value the emoji, or {@code null} for none
   * @return this request
   */
  public CreateGuildChannel defaultReactionEmoji(DefaultReaction value) {
    json().set("default_reaction_emoji", value);
    return this;
  }

  /**
   * Sets the slow mode new threads start with, 0 to 21600 seconds.
   *
   * @param value the seconds
   * @return this request
   */
  public CreateGuildChannel defaultThreadRateLimitPerUser(int value) {
    json().set("default_thread_rate_limit_per_user", value);
    check(() -> GuildChannelChecks.rateLimitPerUser("default_thread_rate_limit_per_user", value));
    return this;
  }

  /**
   * Sets how a forum or media channel sorts its posts by default.
   *
   * @param value the order
   * @return this request
   */
  public CreateGuildChannel defaultSortOrder(SortOrderType value) {
    json().set("default_sort_order", value);
    return this;
  }

  /**
   * Sets how a forum channel shows its posts by default.
   *
   * @param value the layout
   * @return this request
   */
  public CreateGuildChannel defaultForumLayout(ForumLayoutType value) {
    json().set("default_forum_layout", value);
    return this;
  }

  /**
   * Sets how a tag filter of a forum or media channel matches posts: {@code match_some} or {@code
   * match_all}.
   *
   * @param value the setting
   * @return this request
   */
  public CreateGuildChannel defaultTagSetting(String value) {
    json().set("default_tag_setting", value);
    return this;
  }

  /**
   * Sets the tags posts of a forum or media channel may carry (up to 20). Discord assigns the ids
   * of new tags; the ids given here are ignored for them.
   *
   * @param value the tags
   * @return this request
   */
  public CreateGuildChannel availableTags(List<ForumTag> value) {
    List<ForumTag> copy = List.copyOf(value);
    json().set("available_tags", copy);
    check(() -> GuildChannelChecks.availableTags(copy));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildChannel reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
