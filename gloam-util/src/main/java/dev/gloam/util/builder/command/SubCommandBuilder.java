package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.SubCommandOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a subcommand: a named action of a chat input command with its own parameters
 * (interactions/application-commands, "Subcommands and Subcommand Groups"). A subcommand holds
 * parameters only, never other subcommands or groups; the parameter builders' type says so.
 *
 * <pre>{@code
 * SubCommandOption add = new SubCommandBuilder("add", "Adds a role")
 *     .option(new RoleOptionBuilder("role", "The role").required(true))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class SubCommandBuilder extends OptionBuilder<SubCommandBuilder> {
  private final List<CommandOption> options = new ArrayList<>();

  /**
   * Starts the subcommand.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public SubCommandBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Adds a parameter, built now: an error names it by its place, such as {@code
   * options[1].choices[0].name}. Up to 25; required ones first.
   *
   * @param option the parameter's builder
   * @return this builder
   * @throws dev.gloam.validate.ValidationException if the parameter breaks a limit
   */
  public SubCommandBuilder option(ParameterBuilder<?> option) {
    options.add(OptionPaths.buildAt("options", options.size(), option));
    return this;
  }

  /**
   * Adds a parameter built elsewhere; it is checked by {@link #build()}.
   *
   * @param option the parameter
   * @return this builder
   */
  public SubCommandBuilder option(CommandOption option) {
    options.add(Objects.requireNonNull(option, "option"));
    return this;
  }

  @Override
  public SubCommandOption build() {
    return OptionPaths.checked(
        new SubCommandOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            options.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(options))));
  }
}
