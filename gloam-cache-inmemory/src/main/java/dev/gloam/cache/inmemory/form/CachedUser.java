package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.presence.PresenceUser;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

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
   * The standard form: 32 bytes plus the names, which are kept together in one UTF-8 array rather
   * than as two strings (a display name equal to the username is kept once). Public flags (badges)
   * are not kept; a program that shows them keeps users in a form of its own.
   */
  final class Standard implements CachedUser {
    private static final byte BOT = 1;
    private static final byte SYSTEM = 2;
    private static final byte HAS_GLOBAL_NAME = 4;
    private static final byte GLOBAL_NAME_IS_USERNAME = 8;

    private final long id;
    // Two bytes of the username's length, the username, then the display name if it differs.
    private final byte[] names;
    private final ImageHash avatar;
    private final short discriminator;
    private final byte bits;

    /**
     * Makes the form.
     *
     * @param id the id
     * @param username the username
     * @param discriminator the legacy discriminator as a number (0 for users without one)
     * @param globalName the display name, or null
     * @param avatar the avatar hash, or null
     * @param bot whether the user is a bot
     * @param system whether the user is Discord's system user
     */
    public Standard(
        long id,
        String username,
        short discriminator,
        String globalName,
        ImageHash avatar,
        boolean bot,
        boolean system) {
      this.id = id;
      byte[] user = username.getBytes(StandardCharsets.UTF_8);
      boolean same = username.equals(globalName);
      byte[] global =
          globalName == null || same ? new byte[0] : globalName.getBytes(StandardCharsets.UTF_8);
      if (user.length > 0xFFFF) {
        throw new IllegalArgumentException("a username of " + user.length + " bytes");
      }
      byte[] joined = new byte[2 + user.length + global.length];
      joined[0] = (byte) (user.length >>> 8);
      joined[1] = (byte) user.length;
      System.arraycopy(user, 0, joined, 2, user.length);
      System.arraycopy(global, 0, joined, 2 + user.length, global.length);
      this.names = joined;
      this.avatar = avatar;
      this.discriminator = discriminator;
      this.bits =
          (byte)
              ((bot ? BOT : 0)
                  | (system ? SYSTEM : 0)
                  | (globalName != null ? HAS_GLOBAL_NAME : 0)
                  | (same ? GLOBAL_NAME_IS_USERNAME : 0));
    }

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
          user.system().orElse(false));
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
                user.id().value(), user.username().get(), (short) 0, null, null, false, false);
      } else {
        return previous;
      }
      Standard after =
          new Standard(
              before.id,
              user.username().orElse(before.username()),
              user.discriminator().map(Standard::discriminator).orElse(before.discriminator),
              user.globalName().orElse(before.globalName()),
              user.avatar().orElse(before.avatar),
              user.bot().orElse(before.bot()),
              before.system());
      return after.equals(previous) ? previous : after;
    }

    @Override
    public long id() {
      return id;
    }

    /**
     * Returns the username.
     *
     * @return the username
     */
    public String username() {
      return new String(names, 2, usernameLength(), StandardCharsets.UTF_8);
    }

    /**
     * Returns the display name the user chose.
     *
     * @return the display name, or null if the user has none
     */
    public String globalName() {
      if ((bits & HAS_GLOBAL_NAME) == 0) {
        return null;
      }
      if ((bits & GLOBAL_NAME_IS_USERNAME) != 0) {
        return username();
      }
      int start = 2 + usernameLength();
      return new String(names, start, names.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Returns the name shown for the user: the display name, else the username.
     *
     * @return the name
     */
    public String displayName() {
      String global = globalName();
      return global != null ? global : username();
    }

    /**
     * Returns the legacy discriminator.
     *
     * @return the discriminator as a number, 0 for users without one
     */
    public short discriminator() {
      return discriminator;
    }

    /**
     * Returns the avatar.
     *
     * @return the avatar hash, or null
     */
    public ImageHash avatar() {
      return avatar;
    }

    /**
     * Tells whether the user is a bot.
     *
     * @return true for a bot
     */
    public boolean bot() {
      return (bits & BOT) != 0;
    }

    /**
     * Tells whether the user is Discord's system user.
     *
     * @return true for the system user
     */
    public boolean system() {
      return (bits & SYSTEM) != 0;
    }

    private int usernameLength() {
      return ((names[0] & 0xFF) << 8) | (names[1] & 0xFF);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && id == that.id
          && Arrays.equals(names, that.names)
          && Objects.equals(avatar, that.avatar)
          && discriminator == that.discriminator
          && bits == that.bits;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "CachedUser.Standard[id=" + id + ", username=" + username() + "]";
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
