package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.validate.message.MessageChecks;
import java.util.List;

/**
 * Deletes 2 to 100 messages younger than two weeks at once. Maps "Bulk Delete Messages" ({@code
 * POST /channels/{channel.id}/messages/bulk-delete}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#deleteMessages}.
 *
 * <pre>{@code
 * client.deleteMessages(channelId).messages(List.of(first, second)).reason("cleanup").send();
 * }</pre>
 */
public final class DeleteMessages extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteMessages} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public DeleteMessages(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.BULK_DELETE_MESSAGES, BodyReader.empty(), channelId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public DeleteMessages reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  /**
   * Sets the messages to delete, 2 to 100.
   *
   * @param messages the message ids
   * @return this request
   */
  public DeleteMessages messages(List<Id<MessageMarker>> messages) {
    List<Id<MessageMarker>> ids = List.copyOf(messages);
    json().set("messages", ids);
    check(() -> MessageChecks.bulkDelete(ids));
    return this;
  }

  @Override
  protected void validate() {
    if (!json().has("messages")) {
      MessageChecks.bulkDelete(null);
    }
  }
}
