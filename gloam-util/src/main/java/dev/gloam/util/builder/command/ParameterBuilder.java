package dev.gloam.util.builder.command;

import java.util.Optional;

/**
 * What every parameter option builder has besides a name and a description: whether the user must
 * fill the option in (interactions/application-commands, "Application Command Option Structure",
 * {@code required}). Subcommands and groups have no such setting.
 *
 * <p>Not thread-safe.
 *
 * @param <B> the concrete builder, returned by the setters so that calls chain
 */
public abstract sealed class ParameterBuilder<B extends ParameterBuilder<B>>
    extends OptionBuilder<B>
    permits StringOptionBuilder,
        NumericOptionBuilder,
        BooleanOptionBuilder,
        UserOptionBuilder,
        ChannelOptionBuilder,
        RoleOptionBuilder,
        MentionableOptionBuilder,
        AttachmentOptionBuilder {
  private Boolean required;

  ParameterBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Sets whether the user must fill the option in; Discord's default is no. Required options come
   * before optional ones.
   *
   * @param required whether the option is required
   * @return this builder
   */
  public B required(boolean required) {
    this.required = required;
    return self();
  }

  Optional<Boolean> required() {
    return Optional.ofNullable(required);
  }
}
