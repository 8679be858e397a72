package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.rest.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One entry of Discord's {@code Invalid Form Body} errors (reference.mdx, "Error Messages").
 *
 * @param path the dotted path of the offending value, for example {@code embeds.0.title}; empty for
 *     the body as a whole
 * @param code Discord's error code string, for example {@code BASE_TYPE_REQUIRED}
 * @param message the human message, for example {@code This field is required}
 */
public record FieldError(String path, String code, String message) {

  /**
   * Checks that nothing is null.
   *
   * @param path the path
   * @param code the code
   * @param message the message
   */
  public FieldError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Adds errors to a form error collection, each distinct error once.
   *
   * @param errors the errors, possibly with repeats (from {@code allOf} branches)
   * @param form where to add them
   * @return the form, for chaining
   */
  public static FormErrors addAll(List<FieldError> errors, FormErrors form) {
    for (FieldError error : new LinkedHashSet<>(errors)) {
      form.add(error.path(), error.code(), error.message());
    }
    return form;
  }
}
