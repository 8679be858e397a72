package dev.gloam.validate.template;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of Create and Modify Guild Template (resources/guild-template: a name of 1 to 100
 * characters and a description of up to 120).
 */
public final class TemplateChecks {
  /** The fewest characters a template name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a template name may have. */
  public static final int NAME_MAX = 100;

  /** The most characters a template description may have. */
  public static final int DESCRIPTION_MAX = 120;

  private TemplateChecks() {}

  /**
   * Checks a template's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a template's description.
   *
   * @param description the description, or {@code null} if absent or cleared
   * @throws ValidationException if it has more than {@value #DESCRIPTION_MAX} characters
   */
  public static void description(String description) {
    Check.maxLength("description", description, DESCRIPTION_MAX);
  }
}
