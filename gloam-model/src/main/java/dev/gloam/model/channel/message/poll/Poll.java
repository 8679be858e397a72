package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A poll attached to a message. Maps Discord's "Poll Object" (resources/poll); polls are created
 * with a {@link PollCreateRequest}.
 *
 * @param question the question; only its text is used
 * @param answers the answers to choose from
 * @param expiry when the poll ends (sent as {@code null} for a poll that never ends, which Discord
 *     does not offer yet)
 * @param allowMultiselect whether a user may choose several answers
 * @param layoutType how the poll is laid out
 * @param results the vote counts; absent where Discord did not fetch them, which means "unknown",
 *     not "no votes"
 */
public record Poll(
    PollMedia question,
    List<PollAnswer> answers,
    Optional<Instant> expiry,
    boolean allowMultiselect,
    PollLayoutType layoutType,
    @JsonInclude(Include.NON_ABSENT) Optional<PollResults> results) {}
