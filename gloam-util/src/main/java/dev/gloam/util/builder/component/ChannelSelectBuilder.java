package dev.gloam.util.builder.component;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.component.ChannelSelect;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link ChannelSelect}: a menu of the guild's channels, optionally of some types only
 * (components/reference, "Channel Select"). Put it alone in an {@link ActionRowBuilder action row}
 * of a message or in a {@link LabelBuilder label} of a modal.
 *
 * <pre>{@code
 * ChannelSelect select = new ChannelSelectBuilder("pick")
 *     .placeholder("Choose…")
 *     .channelTypes(ChannelType.GUILD_TEXT)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * default_values[0].type}).
 */
public final class ChannelSelectBuilder extends AutoSelectBuilder<ChannelSelectBuilder> {
  private List<ChannelType> channelTypes;

  /**
   * Starts a channel select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public ChannelSelectBuilder(String customId) {
    super(customId);
  }

  /**
   * Adds channels chosen when the menu appears ({@code default_values}); their number must lie
   * between {@code min_values} and {@code max_values}.
   *
   * @param ids the channels
   * @return this builder
   * @throws ValidationException ({@code default_values[i].id}) if one is missing
   */
  @SafeVarargs
  public final ChannelSelectBuilder defaultChannels(Id<ChannelMarker>... ids) {
    for (Id<ChannelMarker> value : ids) {
      addDefault(value, SelectDefaultValueType.CHANNEL);
    }
    return this;
  }

  /**
   * Limits the menu to channels of these types.
   *
   * @param types the channel types
   * @return this builder
   * @throws ValidationException ({@code channel_types[i]}) if one is missing
   */
  public ChannelSelectBuilder channelTypes(ChannelType... types) {
    List<ChannelType> list = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      Check.required("channel_types[" + i + "]", types[i], "a channel type");
      list.add(types[i]);
    }
    this.channelTypes = List.copyOf(list);
    return this;
  }

  /**
   * Builds the select menu, checked with the rules of messages; a {@link LabelBuilder label} checks
   * it with the rules of modals.
   *
   * @return the select menu
   * @throws ValidationException if {@code min_values} exceeds {@code max_values}, or the number or
   *     type of default values does not fit
   */
  public ChannelSelect build() {
    // The channel types sit second in the record, after the custom id.
    return checkedFrom(
        (id, customId, placeholder, defaults, minValues, maxValues, required, disabled) ->
            new ChannelSelect(
                id,
                customId,
                Optional.ofNullable(channelTypes),
                placeholder,
                defaults,
                minValues,
                maxValues,
                required,
                disabled));
  }
}
