package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.presence.PresenceUser;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;

/**
 * A user as the cache keeps it, once for every guild the user is in (Discord: resources/user "User
 * Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedUser {

  /**
   * Returns the user's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the id
   * @param username the username
   * @param discriminator the legacy discriminator as a number (0 for users without one)
   * @param globalName the display name, or null
   * @param avatar the avatar hash, or null
   * @param bot whether the user is a bot
   * @param system whether the user is Discord's system user
   * @param publicFlags the public user flags as bits
   */
  record Standard(
      long id,
      String username,
      short discriminator,
      String globalName,
      ImageHash avatar,
      boolean bot,
      boolean system,
      int publicFlags)
      implements CachedUser {

    /**
     * Keeps a user's standard fields.
     *
     * @param user the user from an event
     * @return the cached form
     */
    public static Standard of(User user) {
      return new Standard(
          user.id().value(),
          user.username(),
          discriminator(user.discriminator()),
          user.globalName().orElse(null),
          user.avatar().orElse(null),
          user.bot().orElse(false),
          user.system().orElse(false),
          user.publicFlags().map(f -> (int) f.bits()).orElse(0));
    }

    /**
     * Applies the user fields of a PRESENCE_UPDATE, which carries only those that changed.
     *
     * @param user the presence's user
     * @param previous the form cached before, or null
     * @return the updated form, or {@code previous} when nothing changed, or null when there is no
     *     previous form and the presence does not name the user
     */
    public static CachedUser of(PresenceUser user, CachedUser previous) {
      Standard before;
      if (previous instanceof Standard standard) {
        before = standard;
      } else if (previous == null && user.username().isPresent()) {
        before =
            new Standard(
                user.id().value(), user.username().get(), (short) 0, null, null, false, false, 0);
      } else {
        return previous;
      }
      Standard after =
          new Standard(
              before.id,
              user.username().orElse(before.username),
              user.discriminator().map(Standard::discriminator).orElse(before.discriminator),
              user.globalName().orElse(before.globalName),
              user.avatar().orElse(before.avatar),
              user.bot().orElse(before.bot),
              before.system,
              user.publicFlags().map(Long::intValue).orElse(before.publicFlags));
      return after.equals(previous) ? previous : after;
    }

    /**
     * Returns the name shown for the user: the display name, else the username.
     *
     * @return the name
     */
    public String displayName() {
      return globalName != null ? globalName : username;
    }

    private static short discriminator(String text) {
      try {
        return Short.parseShort(text);
      } catch (NumberFormatException notANumber) {
        return 0;
      }
    }
  }
}
