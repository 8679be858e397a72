package dev.gloam.util.builder.component;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * The checks an option of a checkbox or radio group passes before its builder takes it; the two
 * option records have the same fields but no common type.
 */
final class GroupOptions {
  private GroupOptions() {}

  /**
   * Checks that an option is present and that the group has room for it.
   *
   * @param index the place the option would take
   * @param option the option
   * @throws ValidationException ({@code options[i]}, {@code options}) if it is missing or the group
   *     is full
   */
  static void checkRoom(int index, Object option) {
    Check.required("options[" + index + "]", option, "an option");
    if (index >= ComponentChecks.GROUP_OPTIONS_MAX) {
      throw new ValidationException(
          "options",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.GROUP_OPTIONS_MAX),
          Integer.toString(index + 1));
    }
  }

  /**
   * Checks the texts of an option.
   *
   * @param index the place the option takes
   * @param value the value sent back when chosen
   * @param label the text users see
   * @param description the smaller text under the label, if any
   * @throws ValidationException ({@code options[i].value}, {@code options[i].label}, {@code
   *     options[i].description}) if a text is missing or has a wrong length
   */
  static void checkTexts(int index, String value, String label, Optional<String> description) {
    String path = "options[" + index + "]";
    Check.required(path + ".value", value, "an option needs a value");
    Check.length(path + ".value", value, 1, ComponentChecks.GROUP_OPTION_TEXT_MAX);
    Check.required(path + ".label", label, "an option needs a label");
    Check.length(path + ".label", label, 1, ComponentChecks.GROUP_OPTION_TEXT_MAX);
    Check.maxLength(
        path + ".description", description.orElse(null), ComponentChecks.GROUP_OPTION_TEXT_MAX);
  }
}
