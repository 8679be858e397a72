package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadSearchResults;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.thread.ThreadChecks;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Searches the threads of a channel by name, tags and age. While Discord is still indexing the
 * channel it answers {@code 202 Accepted}; the results then say {@link
 * ThreadSearchResults#indexNotReady()} and when to retry. Maps the "Search Threads" route ({@code
 * GET /channels/{channel.id}/threads/search}) of Discord's OpenAPI description. Obtained from
 * {@link dev.gloam.http.ThreadRequests#searchThreads}.
 *
 * <pre>{@code
 * ThreadSearchResults found = client.searchThreads(forumId)
 *     .name("crash")
 *     .tag(List.of(bugTagId))
 *     .sortBy(ThreadSortBy.CREATION_TIME)
 *     .send()
 *     .model();
 * }</pre>
 */
public final class SearchThreads extends Request<ThreadSearchResults> {
  private String name;
  private Integer slop;
  private List<Id<TagMarker>> tags;
  private Integer limit;
  private Integer offset;

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#searchThreads} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel whose threads are searched
   */
  public SearchThreads(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.THREAD_SEARCH, SearchThreads::read, channelId);
  }

  /**
   * Sets the words searched for in thread names, up to 100 characters.
   *
   * @param name the words
   * @return this request
   */
  public SearchThreads name(String name) {
    this.name = name;
    query().set("name", name);
    return this;
  }

  /**
   * Sets how many other words may stand between the searched words, 0 to 100.
   *
   * @param slop the number of words
   * @return this request
   */
  public SearchThreads slop(int slop) {
    this.slop = slop;
    query().set("slop", slop);
    return this;
  }

  /**
   * Returns only threads with an id at least this one.
   *
   * @param minId the lowest thread id
   * @return this request
   */
  public SearchThreads minId(Id<ChannelMarker> minId) {
    query().set("min_id", minId);
    return this;
  }

  /**
   * Returns only threads with an id at most this one.
   *
   * @param maxId the highest thread id
   * @return this request
   */
  public SearchThreads maxId(Id<ChannelMarker> maxId) {
    query().set("max_id", maxId);
    return this;
  }

  /**
   * Returns only threads with these tags (up to 20), combined as {@link #tagSetting} says.
   *
   * @param tag the tags' ids
   * @return this request
   */
  public SearchThreads tag(List<Id<TagMarker>> tag) {
    this.tags = tag;
    query().setAll("tag", tag);
    return this;
  }

  /**
   * Sets whether threads need all of the {@link #tag} tags or any of them.
   *
   * @param tagSetting the setting
   * @return this request
   */
  public SearchThreads tagSetting(TagSetting tagSetting) {
    query().set("tag_setting", tagSetting == null ? null : tagSetting.value());
    return this;
  }

  /**
   * Returns only archived threads, or only active ones.
   *
   * @param archived {@code true} for archived threads
   * @return this request
   */
  public SearchThreads archived(boolean archived) {
    query().set("archived", archived);
    return this;
  }

  /**
   * Sets what the results are sorted by.
   *
   * @param sortBy the sort key
   * @return this request
   */
  public SearchThreads sortBy(ThreadSortBy sortBy) {
    query().set("sort_by", sortBy == null ? null : sortBy.value());
    return this;
  }

  /**
   * Sets the direction of the order.
   *
   * @param sortOrder the direction
   * @return this request
   */
  public SearchThreads sortOrder(SortOrder sortOrder) {
    query().set("sort_order", sortOrder == null ? null : sortOrder.value());
    return this;
  }

  /**
   * Sets the page size, 1 to 25.
   *
   * @param limit the number of threads
   * @return this request
   */
  public SearchThreads limit(int limit) {
    this.limit = limit;
    query().set("limit", limit);
    return this;
  }

  /**
   * Sets how many results to skip, 0 to 9975.
   *
   * @param offset the number of results
   * @return this request
   */
  public SearchThreads offset(int offset) {
    this.offset = offset;
    query().set("offset", offset);
    return this;
  }

  @Override
  protected void validate() {
    ThreadChecks.searchName(name);
    if (slop != null) {
      ThreadChecks.searchSlop(slop);
    }
    ThreadChecks.searchTags(tags);
    if (limit != null) {
      ThreadChecks.searchLimit(limit);
    }
    if (offset != null) {
      ThreadChecks.searchOffset(offset);
    }
  }

  private static ThreadSearchResults read(byte[] body) {
    JsonNode tree = ModelJson.mapper().readTree(body);
    if (tree.has("threads")) {
      return ModelJson.read(tree, ThreadSearchResults.class);
    }
    // A 202 while the channel is indexed has no threads, only when to ask again.
    return new ThreadSearchResults(
        List.of(),
        List.of(),
        false,
        Optional.empty(),
        0,
        optionalInt(tree, "documents_indexed"),
        Optional.of(tree.path("retry_after").asInt(0)));
  }

  private static Optional<Integer> optionalInt(JsonNode tree, String field) {
    JsonNode value = tree.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asInt());
  }
}
