package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.emoji.Emoji;

/**
 * A guild's custom emoji as the cache keeps it (Discord: resources/emoji "Emoji Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedEmoji {

  /**
   * Returns the emoji's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the id
   * @param name the name
   * @param roles the roles allowed to use it (none: everyone); read through {@link #roleIds()}
   * @param creatorId who uploaded it, or 0 when not sent
   * @param animated whether it is animated
   * @param managed whether an integration manages it
   * @param available whether it can be used (false after losing boosts)
   * @param requireColons whether it must be wrapped in colons
   */
  record Standard(
      long id,
      String name,
      long[] roles,
      long creatorId,
      boolean animated,
      boolean managed,
      boolean available,
      boolean requireColons)
      implements CachedEmoji {

    /**
     * Keeps an emoji's standard fields.
     *
     * @param emoji a custom emoji (with an id)
     * @return the cached form
     * @throws IllegalArgumentException for a unicode emoji, which has no id
     */
    public static Standard of(Emoji emoji) {
      long id = Ids.orZero(emoji.id());
      if (id == 0) {
        throw new IllegalArgumentException("a guild emoji has an id: " + emoji);
      }
      return new Standard(
          id,
          Strings.share(emoji.name().orElse(null)),
          emoji.roles().map(Ids::of).orElse(Ids.none()),
          emoji.user().map(u -> u.id().value()).orElse(0L),
          emoji.animated().orElse(false),
          emoji.managed().orElse(false),
          emoji.available().orElse(true),
          emoji.requireColons().orElse(true));
    }

    /**
     * Returns the ids of the roles allowed to use the emoji, as a copy.
     *
     * @return the role ids; empty when everyone may
     */
    public long[] roleIds() {
      return Ids.copy(roles);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && id == that.id
          && java.util.Objects.equals(name, that.name)
          && java.util.Arrays.equals(roles, that.roles)
          && creatorId == that.creatorId
          && animated == that.animated
          && managed == that.managed
          && available == that.available
          && requireColons == that.requireColons;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "CachedEmoji.Standard[id=" + id + ", name=" + name + "]";
    }
  }
}
