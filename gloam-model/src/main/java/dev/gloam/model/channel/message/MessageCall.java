package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The call a message in a private channel reports. Maps Discord's "Message Call Object"
 * (resources/message).
 *
 * @param participants the users who took part
 * @param endedTimestamp when the call ended; absent or {@code null} while it goes on
 */
public record MessageCall(
    List<Id<UserMarker>> participants,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> endedTimestamp) {}
