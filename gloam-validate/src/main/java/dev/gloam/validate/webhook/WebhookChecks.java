package dev.gloam.validate.webhook;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Locale;

/**
 * Checks of webhook fields (resources/webhook, "Create Webhook"): a name has 1 to 80 characters and
 * must not contain {@code clyde} or {@code discord} in any letter case.
 */
public final class WebhookChecks {
  /** The fewest characters a webhook name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a webhook name may have. */
  public static final int NAME_MAX = 80;

  private WebhookChecks() {}

  /**
   * Checks a webhook's name.
   *
   * @param field the field's path, such as {@code name} or {@code username}
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters, or contains a reserved word
   */
  public static void name(String field, String name) {
    if (name == null) {
      return;
    }
    Check.length(field, name, NAME_MIN, NAME_MAX);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String reserved : new String[] {"clyde", "discord"}) {
      if (lower.contains(reserved)) {
        throw new ValidationException(
            field,
            ValidationException.Rule.NOT_ALLOWED,
            "must not contain \"" + reserved + "\"",
            "contains it");
      }
    }
  }

  /**
   * Checks a webhook's name as set in Create Webhook or Modify Webhook.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if the name breaks a rule of {@link #name(String, String)}
   */
  public static void name(String name) {
    name("name", name);
  }
}
