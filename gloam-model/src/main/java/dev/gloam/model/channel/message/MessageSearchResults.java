package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.thread.ThreadMember;
import java.util.List;
import java.util.Optional;

/**
 * The messages of a guild that match a search. Maps the response body of Discord's "Search Guild
 * Messages" endpoint (resources/message). Messages in results carry no reactions.
 *
 * @param doingDeepHistoricalIndex whether Discord is still indexing the guild's history
 * @param documentsIndexed how many messages the running index operation has indexed so far
 * @param totalResults how many messages match (may be approximate)
 * @param messages the matching messages, each in a list of its own (Discord used to add surrounding
 *     messages there)
 * @param threads the threads that hold returned messages
 * @param members the current user's thread member, for each returned thread they joined
 */
public record MessageSearchResults(
    boolean doingDeepHistoricalIndex,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> documentsIndexed,
    int totalResults,
    List<List<Message>> messages,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Channel>> threads,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ThreadMember>> members) {}
