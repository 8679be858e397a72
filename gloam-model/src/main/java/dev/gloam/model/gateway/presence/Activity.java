package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.List;
import java.util.Optional;

/**
 * Something a user is doing: playing, streaming, listening, a custom status. Maps Discord's
 * "Activity Object" (events/gateway-events). Bots may only set {@code name}, {@code state}, {@code
 * type} and {@code url}.
 *
 * @param name the activity's name
 * @param type the kind of activity
 * @param url the stream URL, for streaming activities (may be {@code null})
 * @param createdAt when the activity was added to the session, in Unix milliseconds (absent in what
 *     a bot sends)
 * @param timestamps when the activity started or ends
 * @param applicationId the game's application
 * @param statusDisplayType which field the status shows (may be {@code null})
 * @param details what the player is doing (may be {@code null})
 * @param detailsUrl the link behind the details (may be {@code null})
 * @param state the party status, or the text of a custom status (may be {@code null})
 * @param stateUrl the link behind the state (may be {@code null})
 * @param emoji the emoji of a custom status (may be {@code null})
 * @param party the player's party
 * @param assets images and their hover texts
 * @param secrets secrets for joining and spectating
 * @param instance whether the activity is an instanced game session
 * @param flags what the activity supports
 * @param buttons up to two custom buttons; only their labels are sent to other users
 */
public record Activity(
    String name,
    ActivityType type,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url,
    @JsonInclude(Include.NON_ABSENT) Optional<Long> createdAt,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivityTimestamps> timestamps,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<StatusDisplayType> statusDisplayType,
    @JsonInclude(Include.NON_ABSENT) Optional<String> details,
    @JsonInclude(Include.NON_ABSENT) Optional<String> detailsUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> state,
    @JsonInclude(Include.NON_ABSENT) Optional<String> stateUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivityEmoji> emoji,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivityParty> party,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivityAssets> assets,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivitySecrets> secrets,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> instance,
    @JsonInclude(Include.NON_ABSENT) Optional<ActivityFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ActivityButton>> buttons) {

  /**
   * Returns an activity as a bot sets it: only a type and a name.
   *
   * <pre>{@code
   * Activity playing = Activity.of(ActivityType.PLAYING, "with gloam");
   * }</pre>
   *
   * @param type the kind of activity
   * @param name the activity's name
   * @return the activity
   */
  public static Activity of(ActivityType type, String name) {
    return new Activity(
        name,
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
