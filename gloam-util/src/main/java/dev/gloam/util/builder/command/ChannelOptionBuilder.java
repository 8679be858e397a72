package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.ChannelOption;
import dev.gloam.model.channel.ChannelType;
import java.util.List;
import java.util.Optional;

/**
 * Builds a channel option, optionally limited to some channel types
 * (interactions/application-commands, "Application Command Option Structure").
 *
 * <pre>{@code
 * ChannelOption where = new ChannelOptionBuilder("where", "Where to post")
 *     .channelTypes(ChannelType.GUILD_TEXT, ChannelType.GUILD_ANNOUNCEMENT)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ChannelOptionBuilder extends ParameterBuilder<ChannelOptionBuilder> {
  private List<ChannelType> channelTypes;

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public ChannelOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Sets the channel types offered; without it, every type is offered.
   *
   * @param channelTypes the types
   * @return this builder
   */
  public ChannelOptionBuilder channelTypes(ChannelType... channelTypes) {
    return channelTypes(List.of(channelTypes));
  }

  /**
   * Sets the channel types offered; without it, every type is offered.
   *
   * @param channelTypes the types
   * @return this builder
   */
  public ChannelOptionBuilder channelTypes(List<ChannelType> channelTypes) {
    this.channelTypes = List.copyOf(channelTypes);
    return this;
  }

  @Override
  public ChannelOption build() {
    return OptionPaths.checked(
        new ChannelOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required(),
            Optional.ofNullable(channelTypes)));
  }
}
