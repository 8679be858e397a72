package dev.gloam.model.guild;

import java.util.Optional;

/**
 * The number of members a prune removed, or would remove. Maps the response of Discord's "Get Guild
 * Prune Count" and "Begin Guild Prune" (resources/guild).
 *
 * @param pruned the number of members; {@code null} when the prune was started with {@code
 *     compute_prune_count} set to {@code false}
 */
public record PruneResult(Optional<Integer> pruned) {}
