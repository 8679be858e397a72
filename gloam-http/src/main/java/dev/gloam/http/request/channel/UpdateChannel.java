package dev.gloam.http.request.channel;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.request.channel.thread.TagSetting;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelFlags;
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
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.validate.channel.ChannelChecks;
import dev.gloam.validate.thread.ThreadChecks;
import java.util.List;

/**
 * Changes a guild channel, a thread or a group DM; only the fields set are sent. Setting a field to
 * {@code null} clears it (a topic, a parent category, a slow mode). Each kind of channel takes some
 * of the fields (resources/channel lists which); Discord refuses the others. Limits that depend on
 * the kind of channel are checked exactly when it is given with {@link #checkedAs}, and with the
 * widest limit otherwise. Maps "Modify Channel" ({@code PATCH /channels/{channel.id}},
 * resources/channel). Obtained from {@link dev.gloam.http.ChannelRequests#updateChannel}.
 *
 * <pre>{@code
 * Channel changed = client.updateChannel(channelId)
 *     .name("announcements")
 *     .topic(null)
 *     .rateLimitPerUser(30)
 *     .reason("quieter")
 *     .send()
 *     .model();
 * }</pre>
 */
public final class UpdateChannel extends Request<Channel> {
  private ChannelType checkedAs;
  private String name;
  private String topic;
  private Integer rateLimitPerUser;
  private Integer defaultThreadRateLimitPerUser;
  private Integer bitrate;
  private Integer userLimit;
  private List<PermissionOverwrite> permissionOverwrites;
  private List<ForumTag> availableTags;
  private List<Id<TagMarker>> appliedTags;
  private AutoArchiveDuration autoArchiveDuration;
  private AutoArchiveDuration defaultAutoArchiveDuration;

  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#updateChannel} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public UpdateChannel(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.UPDATE_CHANNEL, BodyReader.of(Channel.class), channelId);
  }

  /**
   * Says which kind of channel is changed, so that limits that differ by kind (the topic of forum
   * and media channels, the user limit of stage channels) are checked exactly. Not sent.
   *
   * @param type the channel's current type
   * @return this request
   */
  public UpdateChannel checkedAs(ChannelType type) {
    this.checkedAs = type;
    return this;
  }

  /**
   * Sets the name, 1 to 100 characters (all kinds of channel).
   *
   * @param name the name
   * @return this request
   */
  public UpdateChannel name(String name) {
    this.name = name;
    json().set("name", name);
    return this;
  }

  /**
   * Sets a group DM's icon.
   *
   * @param icon the image as a data URI ({@code data:image/png;base64,...}), or {@code null} to
   *     remove it
   * @return this request
   */
  public UpdateChannel icon(DataUri icon) {
    json().set("icon", icon == null ? null : icon.uri());
    return this;
  }

  /**
   * Converts a text channel into an announcement channel or back, in guilds with the {@code NEWS}
   * feature.
   *
   * @param type {@link ChannelType#GUILD_TEXT} or {@link ChannelType#GUILD_ANNOUNCEMENT}
   * @return this request
   */
  public UpdateChannel type(ChannelType type) {
    json().set("type", type);
    return this;
  }

  /**
   * Sets the position in the channel list.
   *
   * @param position the position, or {@code null}
   * @return this request
   */
  public UpdateChannel position(Integer position) {
    json().set("position", position);
    return this;
  }

  /**
   * Sets the topic: up to 1024 characters, 4096 in forum and media channels; {@code null} clears
   * it.
   *
   * @param topic the topic
   * @return this request
   */
  public UpdateChannel topic(String topic) {
    this.topic = topic;
    json().set("topic", topic);
    return this;
  }

  /**
   * Sets whether the channel is age-restricted.
   *
   * @param nsfw {@code true} for age-restricted, or {@code null}
   * @return this request
   */
  public UpdateChannel nsfw(Boolean nsfw) {
    json().set("nsfw", nsfw);
    return this;
  }

  /**
   * Sets the slow mode: seconds a member waits between messages, 0 to 21600; {@code null} turns it
   * off.
   *
   * @param rateLimitPerUser the delay in seconds
   * @return this request
   */
  public UpdateChannel rateLimitPerUser(Integer rateLimitPerUser) {
    this.rateLimitPerUser = rateLimitPerUser;
    json().set("rate_limit_per_user", rateLimitPerUser);
    return this;
  }

  /**
   * Sets the bitrate of a voice or stage channel, at least 8000 bits per second (the most depends
   * on the guild's boosts).
   *
   * @param bitrate the bitrate, or {@code null} for the default
   * @return this request
   */
  public UpdateChannel bitrate(Integer bitrate) {
    this.bitrate = bitrate;
    json().set("bitrate", bitrate);
    return this;
  }

  /**
   * Sets how many users may join a voice channel (up to 99) or a stage channel (up to 10000); 0 or
   * {@code null} for no limit.
   *
   * @param userLimit the limit
   * @return this request
   */
  public UpdateChannel userLimit(Integer userLimit) {
    this.userLimit = userLimit;
    json().set("user_limit", userLimit);
    return this;
  }

  /**
   * Replaces all permission overwrites of the channel (at most 100).
   *
   * @param permissionOverwrites the overwrites; {@code null} or empty removes them all
   * @return this request
   */
  public UpdateChannel permissionOverwrites(List<PermissionOverwrite> permissionOverwrites) {
    this.permissionOverwrites = permissionOverwrites;
    json().set("permission_overwrites", permissionOverwrites);
    return this;
  }

  /**
   * Moves the channel into a category; {@code null} takes it out of its category.
   *
   * @param parentId the category
   * @return this request
   */
  public UpdateChannel parentId(Id<ChannelMarker> parentId) {
    json().set("parent_id", parentId);
    return this;
  }

  /**
   * Sets the voice region of a voice or stage channel; {@code null} lets Discord choose.
   *
   * @param rtcRegion the region's id
   * @return this request
   */
  public UpdateChannel rtcRegion(String rtcRegion) {
    json().set("rtc_region", rtcRegion);
    return this;
  }

  /**
   * Sets the camera video quality of a voice or stage channel.
   *
   * @param videoQualityMode the mode, or {@code null}
   * @return this request
   */
  public UpdateChannel videoQualityMode(VideoQualityMode videoQualityMode) {
    json().set("video_quality_mode", videoQualityMode);
    return this;
  }

  /**
   * Sets the auto-archive duration clients pick for new threads (60, 1440, 4320 or 10080 minutes).
   *
   * @param defaultAutoArchiveDuration the duration, or {@code null}
   * @return this request
   */
  public UpdateChannel defaultAutoArchiveDuration(AutoArchiveDuration defaultAutoArchiveDuration) {
    this.defaultAutoArchiveDuration = defaultAutoArchiveDuration;
    json().set("default_auto_archive_duration", defaultAutoArchiveDuration);
    return this;
  }

  /**
   * Sets the channel's flags, or a thread's ({@code PINNED} only for threads of forum and media
   * channels).
   *
   * @param flags the flags
   * @return this request
   */
  public UpdateChannel flags(ChannelFlags flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Replaces the tags a forum or media channel offers (at most 20, names up to 20 characters); a
   * tag without id is created.
   *
   * @param availableTags the tags
   * @return this request
   */
  public UpdateChannel availableTags(List<ForumTag> availableTags) {
    this.availableTags = availableTags;
    json().set("available_tags", availableTags);
    return this;
  }

  /**
   * Sets the emoji of the reaction button on the posts of a forum or media channel.
   *
   * @param defaultReactionEmoji the emoji, or {@code null} for none
   * @return this request
   */
  public UpdateChannel defaultReactionEmoji(DefaultReaction defaultReactionEmoji) {
    json().set("default_reaction_emoji", defaultReactionEmoji);
    return this;
  }

  /**
   * Sets the slow mode copied onto new threads, 0 to 21600 seconds.
   *
   * @param defaultThreadRateLimitPerUser the delay in seconds
   * @return this request
   */
  public UpdateChannel defaultThreadRateLimitPerUser(Integer defaultThreadRateLimitPerUser) {
    this.defaultThreadRateLimitPerUser = defaultThreadRateLimitPerUser;
    json().set("default_thread_rate_limit_per_user", defaultThreadRateLimitPerUser);
    return this;
  }

  /**
   * Sets how posts of a forum or media channel are ordered.
   *
   * @param defaultSortOrder the order, or {@code null} for the client's choice
   * @return this request
   */
  public UpdateChannel defaultSortOrder(SortOrderType defaultSortOrder) {
    json().set("default_sort_order", defaultSortOrder);
    return this;
  }

  /**
   * Sets how the posts of a forum channel are shown.
   *
   * @param defaultForumLayout the layout
   * @return this request
   */
  public UpdateChannel defaultForumLayout(ForumLayoutType defaultForumLayout) {
    json().set("default_forum_layout", defaultForumLayout);
    return this;
  }

  /**
   * Sets how a forum's tag filter combines several tags by default.
   *
   * @param defaultTagSetting the setting, or {@code null}
   * @return this request
   */
  public UpdateChannel defaultTagSetting(TagSetting defaultTagSetting) {
    json().set("default_tag_setting", defaultTagSetting == null ? null : defaultTagSetting.value());
    return this;
  }

  /**
   * Archives a thread, or brings it back.
   *
   * @param archived {@code true} to archive
   * @return this request
   */
  public UpdateChannel archived(boolean archived) {
    json().set("archived", archived);
    return this;
  }

  /**
   * Sets a thread's auto-archive duration (60, 1440, 4320 or 10080 minutes).
   *
   * @param autoArchiveDuration the duration
   * @return this request
   */
  public UpdateChannel autoArchiveDuration(AutoArchiveDuration autoArchiveDuration) {
    this.autoArchiveDuration = autoArchiveDuration;
    json().set("auto_archive_duration", autoArchiveDuration);
    return this;
  }

  /**
   * Locks a thread, so that only members with {@code MANAGE_THREADS} can unarchive it.
   *
   * @param locked {@code true} to lock
   * @return this request
   */
  public UpdateChannel locked(boolean locked) {
    json().set("locked", locked);
    return this;
  }

  /**
   * Sets whether members of a private thread who are not moderators may add others.
   *
   * @param invitable {@code true} to let them
   * @return this request
   */
  public UpdateChannel invitable(boolean invitable) {
    json().set("invitable", invitable);
    return this;
  }

  /**
   * Replaces the tags of a thread of a forum or media channel (at most 5).
   *
   * @param appliedTags the tags' ids
   * @return this request
   */
  public UpdateChannel appliedTags(List<Id<TagMarker>> appliedTags) {
    this.appliedTags = appliedTags;
    json().set("applied_tags", appliedTags);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public UpdateChannel reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    ChannelChecks.name(name);
    ChannelChecks.topic(topic, checkedAs);
    if (rateLimitPerUser != null) {
      ChannelChecks.rateLimitPerUser("rate_limit_per_user", rateLimitPerUser);
    }
    if (defaultThreadRateLimitPerUser != null) {
      ChannelChecks.rateLimitPerUser(
          "default_thread_rate_limit_per_user", defaultThreadRateLimitPerUser);
    }
    if (bitrate != null) {
      ChannelChecks.bitrate(bitrate);
    }
    if (userLimit != null) {
      ChannelChecks.userLimit(userLimit, checkedAs);
    }
    ChannelChecks.permissionOverwrites(permissionOverwrites);
    ChannelChecks.availableTags(availableTags);
    ThreadChecks.appliedTags(appliedTags);
    ThreadChecks.autoArchiveDuration("auto_archive_duration", autoArchiveDuration);
    ThreadChecks.autoArchiveDuration("default_auto_archive_duration", defaultAutoArchiveDuration);
  }
}
