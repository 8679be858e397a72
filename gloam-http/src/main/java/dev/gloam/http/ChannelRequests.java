package dev.gloam.http;

import dev.gloam.http.request.channel.AddGroupDmRecipient;
import dev.gloam.http.request.channel.DeleteChannel;
import dev.gloam.http.request.channel.DeletePermissionOverwrite;
import dev.gloam.http.request.channel.FollowChannel;
import dev.gloam.http.request.channel.GetChannel;
import dev.gloam.http.request.channel.RemoveGroupDmRecipient;
import dev.gloam.http.request.channel.SendSoundboardSound;
import dev.gloam.http.request.channel.UpdateChannel;
import dev.gloam.http.request.channel.UpdatePermissionOverwrite;
import dev.gloam.http.request.channel.UpdateVoiceChannelStatus;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Channels: read, change and delete them, permission overwrites, followers, group DM recipients,
 * voice channel status and soundboard sounds (resources/channel).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code DELETE /channels/{channel_id}}
 *   <li>{@code GET /channels/{channel_id}}
 *   <li>{@code PATCH /channels/{channel_id}}
 *   <li>{@code POST /channels/{channel_id}/followers}
 *   <li>{@code DELETE /channels/{channel_id}/permissions/{overwrite_id}}
 *   <li>{@code PUT /channels/{channel_id}/permissions/{overwrite_id}}
 *   <li>{@code DELETE /channels/{channel_id}/recipients/{user_id}}
 *   <li>{@code PUT /channels/{channel_id}/recipients/{user_id}}
 *   <li>{@code POST /channels/{channel_id}/send-soundboard-sound}
 *   <li>{@code PUT /channels/{channel_id}/voice-status}
 * </ul>
 */
public sealed interface ChannelRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Reads a channel, thread or private channel.
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetChannel channel(Id<ChannelMarker> channelId) {
    return new GetChannel(transport(), channelId);
  }

  /**
   * Changes a guild channel, a thread or a group DM.
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default UpdateChannel updateChannel(Id<ChannelMarker> channelId) {
    return new UpdateChannel(transport(), channelId);
  }

  /**
   * Deletes a guild channel or thread, or closes a private channel.
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default DeleteChannel deleteChannel(Id<ChannelMarker> channelId) {
    return new DeleteChannel(transport(), channelId);
  }

  /**
   * Follows an announcement channel into another channel.
   *
   * @param channelId the announcement channel
   * @param webhookChannelId the channel that receives its messages
   * @return the request, to fill in and send
   */
  default FollowChannel followChannel(
      Id<ChannelMarker> channelId, Id<ChannelMarker> webhookChannelId) {
    return new FollowChannel(transport(), channelId, webhookChannelId);
  }

  /**
   * Creates or replaces the permission overwrite of a role or member in a channel.
   *
   * @param channelId the channel
   * @param overwriteId the role's or the user's id ({@code roleId.cast()})
   * @param type whether it is a role or a member
   * @return the request, to fill in and send
   */
  default UpdatePermissionOverwrite updatePermissionOverwrite(
      Id<ChannelMarker> channelId, Id<GenericMarker> overwriteId, PermissionOverwriteType type) {
    return new UpdatePermissionOverwrite(transport(), channelId, overwriteId, type);
  }

  /**
   * Removes the permission overwrite of a role or member from a channel.
   *
   * @param channelId the channel
   * @param overwriteId the role's or the user's id
   * @return the request, to fill in and send
   */
  default DeletePermissionOverwrite deletePermissionOverwrite(
      Id<ChannelMarker> channelId, Id<GenericMarker> overwriteId) {
    return new DeletePermissionOverwrite(transport(), channelId, overwriteId);
  }

  /**
   * Adds a user to a group DM.
   *
   * @param channelId the group DM
   * @param userId the user
   * @return the request, to fill in and send
   */
  default AddGroupDmRecipient addGroupDmRecipient(
      Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    return new AddGroupDmRecipient(transport(), channelId, userId);
  }

  /**
   * Removes a user from a group DM.
   *
   * @param channelId the group DM
   * @param userId the user
   * @return the request, to fill in and send
   */
  default RemoveGroupDmRecipient removeGroupDmRecipient(
      Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    return new RemoveGroupDmRecipient(transport(), channelId, userId);
  }

  /**
   * Plays a soundboard sound in a voice channel.
   *
   * @param channelId the voice channel
   * @param soundId the sound
   * @return the request, to fill in and send
   */
  default SendSoundboardSound sendSoundboardSound(
      Id<ChannelMarker> channelId, Id<SoundboardSoundMarker> soundId) {
    return new SendSoundboardSound(transport(), channelId, soundId);
  }

  /**
   * Sets or clears the status of a voice channel.
   *
   * @param channelId the voice channel
   * @return the request, to fill in and send
   */
  default UpdateVoiceChannelStatus updateVoiceChannelStatus(Id<ChannelMarker> channelId) {
    return new UpdateVoiceChannelStatus(transport(), channelId);
  }
}
