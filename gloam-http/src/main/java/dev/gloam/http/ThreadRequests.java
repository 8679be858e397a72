package dev.gloam.http;

import dev.gloam.http.request.channel.thread.AddThreadMember;
import dev.gloam.http.request.channel.thread.CreateThread;
import dev.gloam.http.request.channel.thread.CreateThreadFromMessage;
import dev.gloam.http.request.channel.thread.GetActiveThreads;
import dev.gloam.http.request.channel.thread.GetJoinedPrivateArchivedThreads;
import dev.gloam.http.request.channel.thread.GetPrivateArchivedThreads;
import dev.gloam.http.request.channel.thread.GetPublicArchivedThreads;
import dev.gloam.http.request.channel.thread.GetThreadMember;
import dev.gloam.http.request.channel.thread.GetThreadMembers;
import dev.gloam.http.request.channel.thread.JoinThread;
import dev.gloam.http.request.channel.thread.LeaveThread;
import dev.gloam.http.request.channel.thread.RemoveThreadMember;
import dev.gloam.http.request.channel.thread.SearchThreads;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Threads: start them, join and leave them, their members, and active, archived and searched
 * threads (resources/channel, "Threads").
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /channels/{channel_id}/messages/{message_id}/threads}
 *   <li>{@code GET /channels/{channel_id}/thread-members}
 *   <li>{@code DELETE /channels/{channel_id}/thread-members/@me}
 *   <li>{@code PUT /channels/{channel_id}/thread-members/@me}
 *   <li>{@code DELETE /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code GET /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code PUT /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code POST /channels/{channel_id}/threads}
 *   <li>{@code GET /channels/{channel_id}/threads/archived/private}
 *   <li>{@code GET /channels/{channel_id}/threads/archived/public}
 *   <li>{@code GET /channels/{channel_id}/threads/search}
 *   <li>{@code GET /channels/{channel_id}/users/@me/threads/archived/private}
 *   <li>{@code GET /guilds/{guild_id}/threads/active}
 * </ul>
 */
public sealed interface ThreadRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Starts a thread on a message.
   *
   * @param channelId the message's channel
   * @param messageId the message
   * @param name the thread's name
   * @return the request, to fill in and send
   */
  default CreateThreadFromMessage createThreadFromMessage(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, String name) {
    return new CreateThreadFromMessage(transport(), channelId, messageId, name);
  }

  /**
   * Starts a thread without a message, or a post in a forum or media channel.
   *
   * @param channelId the parent channel
   * @param name the thread's name
   * @return the request, to fill in and send
   */
  default CreateThread createThread(Id<ChannelMarker> channelId, String name) {
    return new CreateThread(transport(), channelId, name);
  }

  /**
   * Adds the current user to a thread.
   *
   * @param channelId the thread
   * @return the request, to fill in and send
   */
  default JoinThread joinThread(Id<ChannelMarker> channelId) {
    return new JoinThread(transport(), channelId);
  }

  /**
   * Removes the current user from a thread.
   *
   * @param channelId the thread
   * @return the request, to fill in and send
   */
  default LeaveThread leaveThread(Id<ChannelMarker> channelId) {
    return new LeaveThread(transport(), channelId);
  }

  /**
   * Adds a member to a thread.
   *
   * @param channelId the thread
   * @param userId the member
   * @return the request, to fill in and send
   */
  default AddThreadMember addThreadMember(Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    return new AddThreadMember(transport(), channelId, userId);
  }

  /**
   * Removes a member from a thread.
   *
   * @param channelId the thread
   * @param userId the member
   * @return the request, to fill in and send
   */
  default RemoveThreadMember removeThreadMember(
      Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    return new RemoveThreadMember(transport(), channelId, userId);
  }

  /**
   * Reads one member of a thread.
   *
   * @param channelId the thread
   * @param userId the user
   * @return the request, to fill in and send
   */
  default GetThreadMember threadMember(Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    return new GetThreadMember(transport(), channelId, userId);
  }

  /**
   * Lists the members of a thread.
   *
   * @param channelId the thread
   * @return the request, to fill in and send
   */
  default GetThreadMembers threadMembers(Id<ChannelMarker> channelId) {
    return new GetThreadMembers(transport(), channelId);
  }

  /**
   * Lists the archived public threads of a channel.
   *
   * @param channelId the parent channel
   * @return the request, to fill in and send
   */
  default GetPublicArchivedThreads publicArchivedThreads(Id<ChannelMarker> channelId) {
    return new GetPublicArchivedThreads(transport(), channelId);
  }

  /**
   * Lists the archived private threads of a channel.
   *
   * @param channelId the parent channel
   * @return the request, to fill in and send
   */
  default GetPrivateArchivedThreads privateArchivedThreads(Id<ChannelMarker> channelId) {
    return new GetPrivateArchivedThreads(transport(), channelId);
  }

  /**
   * Lists the archived private threads of a channel that the current user joined.
   *
   * @param channelId the parent channel
   * @return the request, to fill in and send
   */
  default GetJoinedPrivateArchivedThreads joinedPrivateArchivedThreads(
      Id<ChannelMarker> channelId) {
    return new GetJoinedPrivateArchivedThreads(transport(), channelId);
  }

  /**
   * Lists the active threads of a guild.
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetActiveThreads activeThreads(Id<GuildMarker> guildId) {
    return new GetActiveThreads(transport(), guildId);
  }

  /**
   * Searches the threads of a channel.
   *
   * @param channelId the parent channel
   * @return the request, to fill in and send
   */
  default SearchThreads searchThreads(Id<ChannelMarker> channelId) {
    return new SearchThreads(transport(), channelId);
  }
}
