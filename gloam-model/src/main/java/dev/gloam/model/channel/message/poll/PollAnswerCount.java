package dev.gloam.model.channel.message.poll;

/**
 * The votes for one answer of a poll. Maps Discord's "Poll Answer Count Object" (resources/poll).
 *
 * @param id the answer's {@code answer_id}
 * @param count the number of votes for it
 * @param meVoted whether the current user voted for it
 */
public record PollAnswerCount(int id, int count, boolean meVoted) {}
