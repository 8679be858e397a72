package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.RoleOption;
import java.util.Optional;

/**
 * Builds a role option (interactions/application-commands, "Application Command Option Structure").
 *
 * <pre>{@code
 * RoleOption role = new RoleOptionBuilder("role", "The role to give").required(true).build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class RoleOptionBuilder extends ParameterBuilder<RoleOptionBuilder> {

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public RoleOptionBuilder(String name, String description) {
    super(name, description);
  }

  @Override
  public RoleOption build() {
    return OptionPaths.checked(
        new RoleOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required()));
  }
}
