package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.UserOption;
import java.util.Optional;

/**
 * Builds a user option (interactions/application-commands, "Application Command Option Structure").
 *
 * <pre>{@code
 * UserOption target = new UserOptionBuilder("target", "Who to greet").required(true).build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class UserOptionBuilder extends ParameterBuilder<UserOptionBuilder> {

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public UserOptionBuilder(String name, String description) {
    super(name, description);
  }

  @Override
  public UserOption build() {
    return OptionPaths.checked(
        new UserOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required()));
  }
}
