package dev.gloam.model.guild;

import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A ban of a user from a guild. Maps Discord's "Ban Object" (resources/guild).
 *
 * @param reason why the user was banned, if a reason was given
 * @param user the banned user
 */
public record Ban(Optional<String> reason, User user) {}
