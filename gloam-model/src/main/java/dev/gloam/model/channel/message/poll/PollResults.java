package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The votes of a poll. Maps Discord's "Poll Results Object" (resources/poll).
 *
 * <p>While a poll runs the counts may be slightly off; once {@code is_finalized} is {@code true}
 * they are exact. An answer missing from {@code answer_counts} has no votes.
 *
 * @param isFinalized whether the votes have been counted exactly
 * @param answerCounts the vote count of each answer that has votes
 */
public record PollResults(
    @JsonProperty("is_finalized") boolean isFinalized, List<PollAnswerCount> answerCounts) {}
