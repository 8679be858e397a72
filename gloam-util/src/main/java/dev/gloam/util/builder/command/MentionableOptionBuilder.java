package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.MentionableOption;
import java.util.Optional;

/**
 * Builds an option that takes a user or a role (interactions/application-commands, "Application
 * Command Option Structure").
 *
 * <pre>{@code
 * MentionableOption who = new MentionableOptionBuilder("who", "A user or a role").build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class MentionableOptionBuilder extends ParameterBuilder<MentionableOptionBuilder> {

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public MentionableOptionBuilder(String name, String description) {
    super(name, description);
  }

  @Override
  public MentionableOption build() {
    return OptionPaths.checked(
        new MentionableOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required()));
  }
}
