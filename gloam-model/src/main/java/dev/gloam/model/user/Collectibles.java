package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The collectibles a user owns, other than avatar decorations and profile effects. Maps Discord's
 * "Collectibles" object (resources/user).
 *
 * @param nameplate the user's nameplate, if they have one
 */
public record Collectibles(@JsonInclude(Include.NON_ABSENT) Optional<Nameplate> nameplate) {}
