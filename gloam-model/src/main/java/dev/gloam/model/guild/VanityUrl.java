package dev.gloam.model.guild;

import java.util.Optional;

/**
 * A guild's vanity invite. Maps the partial invite returned by Discord's "Get Guild Vanity URL"
 * (resources/guild).
 *
 * @param code the vanity code, or {@code null} if the guild has not set one
 * @param uses how many times the vanity invite was used
 */
public record VanityUrl(Optional<String> code, int uses) {}
