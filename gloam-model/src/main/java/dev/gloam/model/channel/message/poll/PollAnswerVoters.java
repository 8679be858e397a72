package dev.gloam.model.channel.message.poll;

import dev.gloam.model.user.User;
import java.util.List;

/**
 * A page of the users who voted for one answer of a poll. Maps the response body of Discord's "Get
 * Answer Voters" endpoint (resources/poll).
 *
 * @param users the voters
 */
public record PollAnswerVoters(List<User> users) {}
