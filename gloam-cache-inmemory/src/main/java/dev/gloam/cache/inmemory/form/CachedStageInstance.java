package dev.gloam.cache.inmemory.form;

import dev.gloam.model.stage.PrivacyLevel;
import dev.gloam.model.stage.StageInstance;

/**
 * A live stage as the cache keeps it (Discord: resources/stage-instance "Stage Instance Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedStageInstance {

  /**
   * Returns the stage instance's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the id
   * @param channelId the stage channel
   * @param topic the topic
   * @param privacyLevel the privacy level
   * @param scheduledEventId the scheduled event it belongs to, or 0
   */
  record Standard(
      long id, long channelId, String topic, PrivacyLevel privacyLevel, long scheduledEventId)
      implements CachedStageInstance {

    /**
     * Keeps a stage instance's standard fields.
     *
     * @param stage the stage instance
     * @return the cached form
     */
    public static Standard of(StageInstance stage) {
      return new Standard(
          stage.id().value(),
          stage.channelId().value(),
          stage.topic(),
          stage.privacyLevel(),
          Ids.orZero(stage.guildScheduledEventId()));
    }
  }
}
