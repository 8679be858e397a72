package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.BooleanOption;
import java.util.Optional;

/**
 * Builds a boolean option (interactions/application-commands, "Application Command Option
 * Structure").
 *
 * <pre>{@code
 * BooleanOption loud = new BooleanOptionBuilder("loud", "Shout the answer").build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class BooleanOptionBuilder extends ParameterBuilder<BooleanOptionBuilder> {

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public BooleanOptionBuilder(String name, String description) {
    super(name, description);
  }

  @Override
  public BooleanOption build() {
    return OptionPaths.checked(
        new BooleanOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required()));
  }
}
