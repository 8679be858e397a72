package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.MessageSearchResults;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.guild.MessageSearchChecks;
import java.util.List;

/**
 * Searches the messages of a guild. Every filter is optional; list filters match any of their
 * values. While Discord is still indexing the guild it answers 202 with {@code
 * doing_deep_historical_index} and no messages; retry after a moment. Maps "Search Guild Messages"
 * ({@code GET /guilds/{guild.id}/messages/search}, resources/message). Obtained from {@link
 * dev.gloam.http.GuildRequests#searchGuildMessages}.
 *
 * <pre>{@code
 * MessageSearchResults found = client.searchGuildMessages(guildId)
 *     .content("release notes")
 *     .authorType(List.of("-bot"))
 *     .limit(10)
 *     .send().model();
 * }</pre>
 */
public final class SearchGuildMessages extends Request<MessageSearchResults> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#searchGuildMessages} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public SearchGuildMessages(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GUILD_SEARCH, BodyReader.of(MessageSearchResults.class), guildId);
  }

  /**
   * Sets the text to search for, up to 1024 characters.
   *
   * @param content the text
   * @return this request
   */
  public SearchGuildMessages content(String content) {
    query().set("content", content);
    check(() -> MessageSearchChecks.content(content));
    return this;
  }

  /**
   * Sets how many other words may stand between the words of {@link #content}, 0 to 100.
   *
   * @param slop the slop
   * @return this request
   */
  public SearchGuildMessages slop(int slop) {
    query().set("slop", slop);
    check(() -> MessageSearchChecks.slop(slop));
    return this;
  }

  /**
   * Sets how results are sorted: {@code timestamp} (the default) or {@code relevance}.
   *
   * @param sortBy the sorting mode
   * @return this request
   */
  public SearchGuildMessages sortBy(String sortBy) {
    query().set("sort_by", sortBy);
    return this;
  }

  /**
   * Sets the sort order: {@code desc} (the default) or {@code asc}.
   *
   * @param sortOrder the order
   * @return this request
   */
  public SearchGuildMessages sortOrder(String sortOrder) {
    query().set("sort_order", sortOrder);
    return this;
  }

  /**
   * Sets how many results to return, 1 to 25.
   *
   * @param limit the number of results
   * @return this request
   */
  public SearchGuildMessages limit(int limit) {
    query().set("limit", limit);
    check(() -> MessageSearchChecks.limit(limit));
    return this;
  }

  /**
   * Sets how many results to skip, 0 to 9975, for paging.
   *
   * @param offset the number of results to skip
   * @return this request
   */
  public SearchGuildMessages offset(int offset) {
    query().set("offset", offset);
    check(() -> MessageSearchChecks.offset(offset));
    return this;
  }

  /**
   * Finds only messages with an id above this one (sent after it).
   *
   * @param minId the lower bound, excluded
   * @return this request
   */
  public SearchGuildMessages minId(Id<MessageMarker> minId) {
    query().set("min_id", minId);
    return this;
  }

  /**
   * Finds only messages with an id below this one (sent before it).
   *
   * @param maxId the upper bound, excluded
   * @return this request
   */
  public SearchGuildMessages maxId(Id<MessageMarker> maxId) {
    query().set("max_id", maxId);
    return this;
  }

  /**
   * Finds messages that do, or do not, mention {@code @everyone}.
   *
   * @param mentionEveryone {@code true} for messages that mention everyone
   * @return this request
   */
  public SearchGuildMessages mentionEveryone(boolean mentionEveryone) {
    query().set("mention_everyone", mentionEveryone);
    return this;
  }

  /**
   * Finds messages that are, or are not, pinned.
   *
   * @param pinned {@code true} for pinned messages
   * @return this request
   */
  public SearchGuildMessages pinned(boolean pinned) {
    query().set("pinned", pinned);
    return this;
  }

  /**
   * Sets whether age-restricted channels are searched too.
   *
   * @param includeNsfw {@code true} to include them
   * @return this request
   */
  public SearchGuildMessages includeNsfw(boolean includeNsfw) {
    query().set("include_nsfw", includeNsfw);
    return this;
  }

  /**
   * Finds messages by these authors.
   *
   * @param values the authors, up to 100
   * @return this request
   */
  public SearchGuildMessages authorId(List<Id<UserMarker>> values) {
    List<Id<UserMarker>> copy = List.copyOf(values);
    setAll("author_id", copy);
    check(() -> MessageSearchChecks.values("author_id", copy, 100));
    return this;
  }

  /**
   * Finds messages by kind of author: {@code user}, {@code bot}, {@code webhook}, or one of them
   * with a leading {@code -} to leave it out.
   *
   * @param values the kinds, up to 6
   * @return this request
   */
  public SearchGuildMessages authorType(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("author_type", copy);
    check(() -> MessageSearchChecks.values("author_type", copy, 6));
    return this;
  }

  /**
   * Finds messages that mention these users.
   *
   * @param values the users, up to 100
   * @return this request
   */
  public SearchGuildMessages mentions(List<Id<UserMarker>> values) {
    List<Id<UserMarker>> copy = List.copyOf(values);
    setAll("mentions", copy);
    check(() -> MessageSearchChecks.values("mentions", copy, 100));
    return this;
  }

  /**
   * Finds messages that mention these roles.
   *
   * @param values the roles, up to 100
   * @return this request
   */
  public SearchGuildMessages mentionsRoleId(List<Id<RoleMarker>> values) {
    List<Id<RoleMarker>> copy = List.copyOf(values);
    setAll("mentions_role_id", copy);
    check(() -> MessageSearchChecks.values("mentions_role_id", copy, 100));
    return this;
  }

  /**
   * Finds replies to these users.
   *
   * @param values the users, up to 100
   * @return this request
   */
  public SearchGuildMessages repliedToUserId(List<Id<UserMarker>> values) {
    List<Id<UserMarker>> copy = List.copyOf(values);
    setAll("replied_to_user_id", copy);
    check(() -> MessageSearchChecks.values("replied_to_user_id", copy, 100));
    return this;
  }

  /**
   * Finds replies to these messages.
   *
   * @param values the messages, up to 100
   * @return this request
   */
  public SearchGuildMessages repliedToMessageId(List<Id<MessageMarker>> values) {
    List<Id<MessageMarker>> copy = List.copyOf(values);
    setAll("replied_to_message_id", copy);
    check(() -> MessageSearchChecks.values("replied_to_message_id", copy, 100));
    return this;
  }

  /**
   * Finds messages that have these things: {@code link}, {@code embed}, {@code file}, {@code
   * image}, {@code video}, {@code sound}, {@code sticker}, {@code poll}, {@code snapshot}, or one
   * of them with a leading {@code -} for messages without it.
   *
   * @param values the things, up to 18
   * @return this request
   */
  public SearchGuildMessages has(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("has", copy);
    check(() -> MessageSearchChecks.values("has", copy, 18));
    return this;
  }

  /**
   * Finds messages with links to these host names.
   *
   * @param values the host names, up to 100, each up to 256 characters
   * @return this request
   */
  public SearchGuildMessages linkHostname(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("link_hostname", copy);
    check(() -> MessageSearchChecks.texts("link_hostname", copy, 256));
    return this;
  }

  /**
   * Finds messages with embeds from these providers.
   *
   * @param values the providers, up to 100, each up to 256 characters
   * @return this request
   */
  public SearchGuildMessages embedProvider(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("embed_provider", copy);
    check(() -> MessageSearchChecks.texts("embed_provider", copy, 256));
    return this;
  }

  /**
   * Finds messages with embeds of these types: {@code image}, {@code video}, {@code gif}, {@code
   * sound}, {@code article}.
   *
   * @param values the types, up to 5
   * @return this request
   */
  public SearchGuildMessages embedType(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("embed_type", copy);
    check(() -> MessageSearchChecks.values("embed_type", copy, 5));
    return this;
  }

  /**
   * Finds messages with files of these extensions.
   *
   * @param values the extensions, up to 100, each up to 256 characters
   * @return this request
   */
  public SearchGuildMessages attachmentExtension(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("attachment_extension", copy);
    check(() -> MessageSearchChecks.texts("attachment_extension", copy, 256));
    return this;
  }

  /**
   * Finds messages with files of these names.
   *
   * @param values the file names, up to 100, each up to 1024 characters
   * @return this request
   */
  public SearchGuildMessages attachmentFilename(List<String> values) {
    List<String> copy = List.copyOf(values);
    setAll("attachment_filename", copy);
    check(() -> MessageSearchChecks.texts("attachment_filename", copy, 1024));
    return this;
  }

  /**
   * Searches only in these channels.
   *
   * @param values the channels, up to 500
   * @return this request
   */
  public SearchGuildMessages channelId(List<Id<ChannelMarker>> values) {
    List<Id<ChannelMarker>> copy = List.copyOf(values);
    setAll("channel_id", copy);
    check(() -> MessageSearchChecks.values("channel_id", copy, 500));
    return this;
  }

  private void setAll(String name, List<?> values) {
    query().set(name, null);
    for (Object value : values) {
      query().add(name, value);
    }
  }
}
