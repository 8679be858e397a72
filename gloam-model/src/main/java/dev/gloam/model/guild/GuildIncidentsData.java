package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;
import java.util.Optional;

/**
 * The safety measures a guild has in force. Maps Discord's "Incidents Data Object"
 * (resources/guild).
 *
 * @param invitesDisabledUntil when invites are allowed again, if they are paused
 * @param dmsDisabledUntil when direct messages between members are allowed again, if they are
 *     paused
 * @param dmSpamDetectedAt when Discord detected direct message spam (absent or {@code null} if it
 *     did not)
 * @param raidDetectedAt when Discord detected a raid (absent or {@code null} if it did not)
 */
public record GuildIncidentsData(
    Optional<Instant> invitesDisabledUntil,
    Optional<Instant> dmsDisabledUntil,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> dmSpamDetectedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> raidDetectedAt) {}
