package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.channel.ChannelChecks;
import dev.gloam.validate.thread.ThreadChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Starts a thread that does not hang off a message: in a text or announcement channel (set {@link
 * #type} and {@link #invitable}), or as a post of a forum or media channel, which needs its first
 * {@link #message} and may carry {@link #appliedTags} and files. Maps "Start Thread without
 * Message" and "Start Thread in Forum or Media Channel" ({@code POST
 * /channels/{channel.id}/threads}, resources/channel), which share the route. Obtained from {@link
 * dev.gloam.http.ThreadRequests#createThread}.
 *
 * <pre>{@code
 * Channel post = client.createThread(forumId, "Bug: crash on start")
 *     .message(new ForumThreadMessage().content("Steps to reproduce ..."))
 *     .appliedTags(List.of(bugTagId))
 *     .attachments(AttachmentFile.of("log.txt", log))
 *     .send()
 *     .model();
 * }</pre>
 */
public final class CreateThread extends Request<Channel> {
  private String name;
  private AutoArchiveDuration autoArchiveDuration;
  private Integer rateLimitPerUser;
  private List<Id<TagMarker>> appliedTags;
  private ForumThreadMessage message;
  private List<AttachmentFile> files = List.of();

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#createThread} instead.
   *
   * @param transport the client's transport
   * @param channelId the parent channel
   * @param name the thread's name
   */
  public CreateThread(Transport transport, Id<ChannelMarker> channelId, String name) {
    super(transport, Route.CREATE_THREAD, BodyReader.of(Channel.class), channelId);
    name(name);
  }

  /**
   * Sets the name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateThread name(String name) {
    this.name = name;
    json().set("name", name);
    return this;
  }

  /**
   * Sets after how long without activity the thread is archived (60, 1440, 4320 or 10080 minutes);
   * by default the parent channel's default.
   *
   * @param autoArchiveDuration the duration
   * @return this request
   */
  public CreateThread autoArchiveDuration(AutoArchiveDuration autoArchiveDuration) {
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
  public CreateThread rateLimitPerUser(Integer rateLimitPerUser) {
    this.rateLimitPerUser = rateLimitPerUser;
    json().set("rate_limit_per_user", rateLimitPerUser);
    return this;
  }

  /**
   * Sets the kind of thread, in a text or announcement channel; Discord makes a private thread if
   * this is not set.
   *
   * @param type {@link ChannelType#PUBLIC_THREAD}, {@link ChannelType#PRIVATE_THREAD} or {@link
   *     ChannelType#ANNOUNCEMENT_THREAD}
   * @return this request
   */
  public CreateThread type(ChannelType type) {
    json().set("type", type);
    return this;
  }

  /**
   * Sets whether members of a private thread who are not moderators may add others.
   *
   * @param invitable {@code true} to let them
   * @return this request
   */
  public CreateThread invitable(boolean invitable) {
    json().set("invitable", invitable);
    return this;
  }

  /**
   * Sets the tags of a forum or media post, up to 5 of the channel's available tags.
   *
   * @param appliedTags the tags' ids
   * @return this request
   */
  public CreateThread appliedTags(List<Id<TagMarker>> appliedTags) {
    this.appliedTags = appliedTags;
    json().set("applied_tags", appliedTags);
    return this;
  }

  /**
   * Sets the first message of a forum or media post; required there, not allowed elsewhere.
   *
   * @param message the message
   * @return this request
   */
  public CreateThread message(ForumThreadMessage message) {
    this.message = message;
    return this;
  }

  /**
   * Attaches files to the first message of a forum or media post; the request is then sent as
   * {@code multipart/form-data}.
   *
   * @param files the files, up to 10
   * @return this request
   */
  public CreateThread attachments(AttachmentFile... files) {
    this.files = List.of(files);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public CreateThread reason(String reason) {
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
    ThreadChecks.appliedTags(appliedTags);
    if (message == null) {
      if (!files.isEmpty()) {
        throw new ValidationException(
            "files", ValidationException.Rule.NOT_ALLOWED, "files need a forum message", "files");
      }
      return;
    }
    for (String field : List.of("type", "invitable")) {
      if (json().has(field)) {
        throw new ValidationException(
            field,
            ValidationException.Rule.NOT_ALLOWED,
            "not with a forum or media post's message",
            "set");
      }
    }
    message.validate(files.size());
  }

  @Override
  protected RequestBody body() {
    if (message == null) {
      return super.body();
    }
    ObjectNode payload = json().tree();
    ObjectNode messageNode = ModelJson.mapper().valueToTree(message.fields());
    if (!files.isEmpty() && !message.hasAttachments()) {
      List<AttachmentRequest> described = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        AttachmentFile file = files.get(i);
        described.add(
            new AttachmentRequest(
                Integer.toString(i),
                Optional.of(file.filename()),
                Optional.empty(),
                Optional.ofNullable(file.description()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
      }
      messageNode.set("attachments", ModelJson.mapper().valueToTree(described));
    }
    payload.set("message", messageNode);
    if (files.isEmpty()) {
      return new RequestBody.Json(ModelJson.writeBytes(payload));
    }
    Multipart multipart = new Multipart().text("payload_json", ModelJson.write(payload));
    for (int i = 0; i < files.size(); i++) {
      multipart.file("files[" + i + "]", files.get(i));
    }
    return multipart.build();
  }
}
