package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.RoleTags;
import dev.gloam.model.value.ImageHash;

/**
 * A role as the cache keeps it (Discord: topics/permissions "Role Object").
 *
 * <p>The cache reads the id and the permissions, for permission questions.
 */
public interface CachedRole {

  /**
   * Returns the role's id; the @everyone role's is the guild's.
   *
   * @return the id
   */
  long id();

  /**
   * Returns the role's permissions as Discord's bit set.
   *
   * @return the permission bits
   */
  long permissions();

  /**
   * The standard form.
   *
   * @param id the id
   * @param name the name
   * @param color the primary color as RGB
   * @param hoist whether members are shown apart
   * @param icon the icon hash, or null
   * @param unicodeEmoji the unicode emoji, or null
   * @param position the position
   * @param permissions the permission bits
   * @param managed whether an integration manages it
   * @param mentionable whether anyone may mention it
   * @param tags the tags (bot, integration, booster, ...), or null
   * @param flags the role flags as bits
   */
  record Standard(
      long id,
      String name,
      int color,
      boolean hoist,
      ImageHash icon,
      String unicodeEmoji,
      int position,
      long permissions,
      boolean managed,
      boolean mentionable,
      RoleTags tags,
      long flags)
      implements CachedRole {

    /**
     * Keeps a role's standard fields.
     *
     * @param role the role from an event
     * @return the cached form
     */
    public static Standard of(Role role) {
      return new Standard(
          role.id().value(),
          Strings.share(role.name()),
          role.color(),
          role.hoist(),
          role.icon().orElse(null),
          role.unicodeEmoji().orElse(null),
          role.position(),
          role.permissions().bits(),
          role.managed(),
          role.mentionable(),
          role.tags().orElse(null),
          role.flags().bits());
    }
  }
}
