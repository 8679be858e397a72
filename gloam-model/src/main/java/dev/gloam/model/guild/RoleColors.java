package dev.gloam.model.guild;

import java.util.Optional;

/**
 * The colours of a role. Maps Discord's "Role Colors Object" (topics/permissions).
 *
 * <p>Discord always fills {@code primaryColor} with the role's legacy colour; the other two are
 * only set in guilds with the {@code ENHANCED_ROLE_COLORS} feature. A primary colour of 0 means the
 * role does not colour its members' names.
 *
 * @param primaryColor the main colour as an RGB integer, 0 for none
 * @param secondaryColor the second colour of a gradient, if the role has one
 * @param tertiaryColor the third colour, which makes the gradient holographic, if set
 */
public record RoleColors(
    int primaryColor, Optional<Integer> secondaryColor, Optional<Integer> tertiaryColor) {

  /**
   * Returns the colours Discord gives a role that has none: primary 0, no others.
   *
   * @return the default colours
   */
  public static RoleColors none() {
    return new RoleColors(0, Optional.empty(), Optional.empty());
  }
}
