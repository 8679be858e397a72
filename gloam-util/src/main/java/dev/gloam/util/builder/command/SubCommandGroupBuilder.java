package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.SubCommandGroupOption;
import dev.gloam.model.application.command.SubCommandOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a group of subcommands of a chat input command (interactions/application-commands,
 * "Subcommands and Subcommand Groups"). A group holds subcommands only: Discord allows one level of
 * nesting.
 *
 * <pre>{@code
 * SubCommandGroupOption roles = new SubCommandGroupBuilder("roles", "Manage roles")
 *     .subcommand(new SubCommandBuilder("list", "Lists the roles"))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class SubCommandGroupBuilder extends OptionBuilder<SubCommandGroupBuilder> {
  private final List<CommandOption> options = new ArrayList<>();

  /**
   * Starts the group.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public SubCommandGroupBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Adds a subcommand, built now: an error names it by its place, such as {@code
   * options[0].options[1].name}. Up to 25.
   *
   * @param subcommand the subcommand's builder
   * @return this builder
   * @throws dev.gloam.validate.ValidationException if the subcommand breaks a limit
   */
  public SubCommandGroupBuilder subcommand(SubCommandBuilder subcommand) {
    options.add(OptionPaths.buildAt("options", options.size(), subcommand));
    return this;
  }

  /**
   * Adds a subcommand built elsewhere; it is checked by {@link #build()}.
   *
   * @param subcommand the subcommand
   * @return this builder
   */
  public SubCommandGroupBuilder subcommand(SubCommandOption subcommand) {
    options.add(Objects.requireNonNull(subcommand, "subcommand"));
    return this;
  }

  @Override
  public SubCommandGroupOption build() {
    return OptionPaths.checked(
        new SubCommandGroupOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            options.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(options))));
  }
}
