package dev.gloam.http.request.channel.message;

import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.validate.poll.PollChecks;

/**
 * The {@code poll} field of requests that can create a message with a poll (resources/poll).
 *
 * <pre>{@code
 * client.createMessage(channelId).poll(PollCreateRequest.of("Lunch?", "Pizza", "Soup")).send();
 * }</pre>
 *
 * @param <S> the request type
 */
public interface PollField<S extends PollField<S>> extends MessageFields<S> {
  /**
   * Attaches a poll: a question of up to 300 characters, 1 to 10 answers of up to 55 characters,
   * open for 1 to 768 hours.
   *
   * @param poll the poll
   * @return this request
   */
  @SuppressWarnings("unchecked")
  default S poll(PollCreateRequest poll) {
    draft().set("poll", poll, () -> PollChecks.poll(poll));
    return (S) this;
  }
}
