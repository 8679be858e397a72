package dev.gloam.util.builder.internal;

import dev.gloam.validate.ValidationException;

/**
 * Runs gloam-validate's checks with an empty root path and reports field paths relative to the
 * builder, so a button's builder says {@code label} and a container's builder says {@code
 * components[2].custom_id}.
 */
public final class Relative {
  private Relative() {}

  /**
   * Runs a check rooted at {@code ""}.
   *
   * @param check the check, called with paths that start with {@code "."} or {@code "["}
   * @throws ValidationException with the leading dot removed from its field
   */
  public static void check(Runnable check) {
    check("", check);
  }

  /**
   * Runs a check of a one-item list rooted at {@code ""}, the way a single component is checked
   * with the rules of a whole message or modal.
   *
   * @param check the check, called with paths that start with {@code "[0]"}
   * @throws ValidationException with the leading {@code [0]} removed from its field
   */
  public static void checkAlone(Runnable check) {
    check("[0]", check);
  }

  /**
   * Runs a check of a component wrapped in others, the way an input is checked in a modal's label.
   *
   * @param prefix the path of the component inside its wrappers, such as {@code [0].component}
   * @param check the check, called with paths that start with {@code prefix}
   * @throws ValidationException with {@code prefix} removed from its field
   */
  public static void check(String prefix, Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      throw strip(e, prefix);
    }
  }

  private static ValidationException strip(ValidationException e, String prefix) {
    String field = e.field();
    if (field.startsWith(prefix)) {
      field = field.substring(prefix.length());
    }
    if (field.startsWith(".")) {
      field = field.substring(1);
    }
    if (field.isEmpty()) {
      // The component as a whole breaks the rule (too many nested components, for example).
      field = "components";
    }
    ValidationException relative = new ValidationException(field, e.rule(), e.limit(), e.actual());
    relative.initCause(e);
    return relative;
  }
}
