package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.command.CommandChecks;

/** Runs the option checks so that a field path starts at the option, not at a parent's field. */
final class OptionPaths {
  // CommandChecks prefixes each path with the option's own path; an option built alone has none.
  private static final String ROOT = "option";

  private OptionPaths() {}

  static <O extends CommandOption> O checked(O option) {
    try {
      CommandChecks.option(ROOT, option);
    } catch (ValidationException e) {
      String field = e.field();
      String relative = field.startsWith(ROOT + ".") ? field.substring(ROOT.length() + 1) : field;
      throw new ValidationException(relative, e.rule(), e.limit(), e.actual());
    }
    return option;
  }

  /** Builds a nested option now, so that its error names its place in the parent. */
  static CommandOption buildAt(String parentField, int index, OptionBuilder<?> builder) {
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw e.under(parentField + "[" + index + "]");
    }
  }
}
