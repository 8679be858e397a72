package dev.gloam.validate.lobby;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.Map;

/** Checks of lobby requests (resources/lobby). */
public final class LobbyChecks {
  /** The shortest idle timeout, in seconds. */
  public static final int IDLE_TIMEOUT_MIN = 5;

  /** The longest idle timeout, in seconds (seven days). */
  public static final int IDLE_TIMEOUT_MAX = 604_800;

  /** The most characters of a metadata dictionary's keys and values together. */
  public static final int METADATA_TOTAL_MAX = 1000;

  /** The most members set at once. */
  public static final int MEMBERS_MAX = 25;

  /** The most characters of a member's additional name. */
  public static final int ADDITIONAL_NAME_MAX = 80;

  /** The most characters of a lobby's secret. */
  public static final int SECRET_MAX = 250;

  /** The most characters of a lobby message's content. */
  public static final int CONTENT_MAX = 4000;

  /** The most characters of the overriding event webhooks URL. */
  public static final int WEBHOOK_URL_MAX = 512;

  /** The most messages one read returns. */
  public static final int MESSAGES_LIMIT_MAX = 200;

  /** The most keys of a message's moderation metadata. */
  public static final int MODERATION_KEYS_MAX = 5;

  /** The most characters of a moderation metadata key. */
  public static final int MODERATION_KEY_MAX = 1024;

  /** The most characters of a moderation metadata value. */
  public static final int MODERATION_VALUE_MAX = 2000;

  private LobbyChecks() {}

  /**
   * Checks an idle timeout: {@value #IDLE_TIMEOUT_MIN} to {@value #IDLE_TIMEOUT_MAX} seconds.
   *
   * @param seconds the timeout
   * @throws ValidationException if it is out of range
   */
  public static void idleTimeoutSeconds(int seconds) {
    Check.range("idle_timeout_seconds", seconds, IDLE_TIMEOUT_MIN, IDLE_TIMEOUT_MAX);
  }

  /**
   * Checks a metadata dictionary: its keys and values together have at most {@value
   * #METADATA_TOTAL_MAX} characters.
   *
   * @param field the field's path
   * @param metadata the dictionary, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void metadata(String field, Map<String, String> metadata) {
    if (metadata == null) {
      return;
    }
    long total = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      total += Check.characters(entry.getKey());
      total += entry.getValue() == null ? 0 : Check.characters(entry.getValue());
    }
    if (total > METADATA_TOTAL_MAX) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_LONG,
          Integer.toString(METADATA_TOTAL_MAX),
          Long.toString(total));
    }
  }

  /**
   * Checks how many members a request sets: at most {@value #MEMBERS_MAX}.
   *
   * @param members the members, or {@code null} if absent
   * @throws ValidationException if there are too many
   */
  public static void members(Collection<?> members) {
    Check.count("members", members, 0, MEMBERS_MAX);
  }

  /**
   * Checks a member's additional name: 1 to {@value #ADDITIONAL_NAME_MAX} characters.
   *
   * @param field the field's path
   * @param name the name, or {@code null} if absent or cleared
   * @throws ValidationException if it is empty or too long
   */
  public static void additionalName(String field, String name) {
    Check.length(field, name, 1, ADDITIONAL_NAME_MAX);
  }

  /**
   * Checks a lobby's secret: at most {@value #SECRET_MAX} characters.
   *
   * @param secret the secret
   * @throws ValidationException if it is too long
   */
  public static void secret(String secret) {
    Check.maxLength("secret", secret, SECRET_MAX);
  }

  /**
   * Checks a lobby message's content: at most {@value #CONTENT_MAX} characters.
   *
   * @param content the content, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void content(String content) {
    Check.maxLength("content", content, CONTENT_MAX);
  }

  /**
   * Checks the event webhooks URL a lobby overrides: at most {@value #WEBHOOK_URL_MAX} characters.
   *
   * @param url the URL, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void overrideEventWebhooksUrl(String url) {
    Check.maxLength("override_event_webhooks_url", url, WEBHOOK_URL_MAX);
  }

  /**
   * Checks how many messages a read asks for: 1 to {@value #MESSAGES_LIMIT_MAX}.
   *
   * @param limit the limit
   * @throws ValidationException if it is out of range
   */
  public static void messagesLimit(int limit) {
    Check.range("limit", limit, 1, MESSAGES_LIMIT_MAX);
  }

  /**
   * Checks a message's moderation metadata: at most {@value #MODERATION_KEYS_MAX} keys of at most
   * {@value #MODERATION_KEY_MAX} characters, values of at most {@value #MODERATION_VALUE_MAX}.
   *
   * @param metadata the key-value pairs
   * @throws ValidationException if a limit is broken
   */
  public static void moderationMetadata(Map<String, String> metadata) {
    if (metadata == null) {
      return;
    }
    Check.count("metadata", metadata.keySet(), 0, MODERATION_KEYS_MAX);
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      Check.maxLength("metadata key", entry.getKey(), MODERATION_KEY_MAX);
      Check.maxLength("metadata." + entry.getKey(), entry.getValue(), MODERATION_VALUE_MAX);
    }
  }
}
