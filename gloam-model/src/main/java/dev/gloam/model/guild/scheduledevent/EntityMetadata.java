package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * More about where a scheduled event takes place. Maps Discord's "Guild Scheduled Event Entity
 * Metadata" table (resources/guild-scheduled-event).
 *
 * @param location where the event happens (1 to 100 characters); always set for external events
 */
public record EntityMetadata(@JsonInclude(Include.NON_ABSENT) Optional<String> location) {}
