package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.poll.PollAnswerVoters;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.Check;

/**
 * Reads the users who voted for an answer of a poll, in pages of up to 100. Maps "Get Answer
 * Voters" ({@code GET /channels/{channel.id}/polls/{message.id}/answers/{answer_id}},
 * resources/poll). Obtained from {@link dev.gloam.http.MessageRequests#answerVoters}.
 *
 * <pre>{@code
 * List<User> voters = client.answerVoters(channelId, messageId, 1).send().model().users();
 * }</pre>
 */
public final class GetAnswerVoters extends Request<PollAnswerVoters> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#answerVoters} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   * @param answerId the answer, as numbered by Discord from 1
   */
  public GetAnswerVoters(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId, int answerId) {
    super(
        transport,
        Route.GET_ANSWER_VOTERS,
        BodyReader.of(PollAnswerVoters.class),
        channelId,
        messageId,
        answerId);
  }

  /**
   * Reads the voters after this user.
   *
   * @param after the last user of the previous page
   * @return this request
   */
  public GetAnswerVoters after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many voters to read, 1 to 100 (default 25).
   *
   * @param limit the number
   * @return this request
   */
  public GetAnswerVoters limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 100));
    return this;
  }
}
