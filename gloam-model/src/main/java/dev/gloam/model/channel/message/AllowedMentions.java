package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;
import java.util.Optional;

/**
 * Which mentions in a message being sent may notify. Maps Discord's "Allowed Mentions Object"
 * (resources/message).
 *
 * <p>A kind listed in {@code parse} lets every mention of that kind through; {@code roles} and
 * {@code users} let only the listed ones through, and must not be combined with the same kind in
 * {@code parse}.
 *
 * @param parse the kinds of mention to let through
 * @param roles the roles that may be mentioned, up to 100
 * @param users the users that may be mentioned, up to 100
 * @param repliedUser for replies, whether the author of the replied message is mentioned (Discord's
 *     default is {@code false})
 */
public record AllowedMentions(
    @JsonInclude(Include.NON_ABSENT) Optional<List<AllowedMentionType>> parse,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<RoleMarker>>> roles,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<UserMarker>>> users,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> repliedUser) {

  /**
   * Returns allowed mentions that let no mention notify anyone.
   *
   * @return {@code {"parse": []}}
   */
  public static AllowedMentions none() {
    return new AllowedMentions(
        Optional.of(List.of()), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns allowed mentions that let the given kinds through.
   *
   * @param types the kinds of mention to parse
   * @return {@code {"parse": [...]}}
   */
  public static AllowedMentions parse(AllowedMentionType... types) {
    return new AllowedMentions(
        Optional.of(List.of(types)), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
