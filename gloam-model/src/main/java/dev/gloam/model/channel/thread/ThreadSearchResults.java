package dev.gloam.model.channel.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.message.Message;
import java.util.List;
import java.util.Optional;

/**
 * The threads of a forum, media or text channel that match a search. Maps the response body of the
 * "Search Threads" route ({@code GET /channels/{channel.id}/threads/search}), which Discord's
 * OpenAPI description has and its documentation does not yet.
 *
 * <p>While Discord is still indexing the channel it answers {@code 202 Accepted} with no threads;
 * then {@code threads} and {@code members} are empty, {@code totalResults} is 0, and {@code
 * retryAfter} says in how many seconds to ask again.
 *
 * @param threads the matching threads
 * @param members the current user's thread member for each listed thread they joined
 * @param hasMore whether a further page may return more threads
 * @param firstMessages the first message of each listed thread, where Discord sends them
 * @param totalResults how many threads match
 * @param documentsIndexed how many threads the running index operation has indexed so far, in a 202
 *     answer
 * @param retryAfter in how many seconds the index may be ready, in a 202 answer
 */
public record ThreadSearchResults(
    List<Channel> threads,
    List<ThreadMember> members,
    boolean hasMore,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Message>> firstMessages,
    int totalResults,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> documentsIndexed,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> retryAfter) {

  /**
   * Returns whether Discord was still indexing the channel and found nothing yet.
   *
   * @return {@code true} for an answer that says to retry later
   */
  public boolean indexNotReady() {
    return retryAfter.isPresent();
  }
}
