package dev.gloam.model.channel.thread;

import dev.gloam.model.channel.Channel;
import java.util.List;

/**
 * A page of archived threads. Maps the response body of Discord's "List Public Archived Threads",
 * "List Private Archived Threads" and "List Joined Private Archived Threads" (resources/channel).
 *
 * @param threads the threads
 * @param members the current user's thread member for each listed thread they joined
 * @param hasMore whether a further request may return more threads
 */
public record ThreadList(List<Channel> threads, List<ThreadMember> members, boolean hasMore) {}
