package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.channel.ChannelChecks;
import dev.gloam.validate.thread.ThreadChecks;

/**
 * Starts a thread on a message of a text or announcement channel; the thread gets the message's id,
 * so a message has at most one thread. Maps "Start Thread from Message" ({@code POST
 * /channels/{channel.id}/messages/{message.id}/threads}, resources/channel). Obtained from {@link
 * dev.gloam.http.ThreadRequests#createThreadFromMessage}.
 *
 * <pre>{@code
 * Channel thread = client.createThreadFromMessage(channelId, messageId, "Discussion")
 *     .autoArchiveDuration(AutoArchiveDuration.DAY)
 *     .send()
 *     .model();
 * }</pre>
 */
public final class CreateThreadFromMessage extends Request<Channel> {
  private String name;
  private AutoArchiveDuration autoArchiveDuration;
  private Integer rateLimitPerUser;

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#createThreadFromMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the message's channel
   * @param messageId the message
   * @param name the thread's name
   */
  public CreateThreadFromMessage(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId, String name) {
    super(
        transport,
        Route.CREATE_THREAD_FROM_MESSAGE,
        BodyReader.of(Channel.class),
        channelId,
        messageId);
    name(name);
  }

  /**
   * Sets the name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateThreadFromMessage name(String name) {
    this.name = name;
    json().set("name", name);
    return this;
  }

  /**
   * Sets after how long without activity the thread is archived (60, 1440, 4320 or 10080 minutes).
   *
   * @param autoArchiveDuration the duration
   * @return this request
   */
  public CreateThreadFromMessage autoArchiveDuration(AutoArchiveDuration autoArchiveDuration) {
    this.autoArchiveDuration = autoArchiveDuration;
    json().set("auto_archive_duration", autoArchiveDuration);
    return this;
  }

  /**
   * Sets the slow mode of the thread, 0 to 21600 seconds.
   *
   * @param rateLimitPerUser the delay in seconds, or {@code null}
   * @return this request
   */
  public CreateThreadFromMessage rateLimitPerUser(Integer rateLimitPerUser) {
    this.rateLimitPerUser = rateLimitPerUser;
    json().set("rate_limit_per_user", rateLimitPerUser);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public CreateThreadFromMessage reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    Check.required("name", name, "a thread needs a name");
    ThreadChecks.name(name);
    ThreadChecks.autoArchiveDuration("auto_archive_duration", autoArchiveDuration);
    if (rateLimitPerUser != null) {
      ChannelChecks.rateLimitPerUser("rate_limit_per_user", rateLimitPerUser);
    }
  }
}
