package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.guild.integration.IntegrationType;

/**
 * A guild integration (a bot, Twitch, YouTube, ...) as the cache keeps it (Discord: resources/guild
 * "Integration Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedIntegration {

  /**
   * Returns the integration's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the id
   * @param name the name
   * @param type the type
   * @param enabled whether it is enabled
   * @param roleId the role it manages, or 0
   * @param userId the user who added it, or 0
   * @param applicationId the bot application, or 0
   */
  record Standard(
      long id,
      String name,
      IntegrationType type,
      boolean enabled,
      long roleId,
      long userId,
      long applicationId)
      implements CachedIntegration {

    /**
     * Keeps an integration's standard fields.
     *
     * @param integration the integration
     * @return the cached form
     */
    public static Standard of(Integration integration) {
      return new Standard(
          integration.id().value(),
          integration.name(),
          integration.type(),
          integration.enabled(),
          Ids.orZero(integration.roleId()),
          integration.user().map(u -> u.id().value()).orElse(0L),
          integration.application().map(a -> a.id().value()).orElse(0L));
    }
  }
}
