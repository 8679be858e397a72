package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A list of checkboxes of which the user ticks any number, in a modal's label. Maps Discord's
 * "Checkbox Group Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param options the options, one to ten
 * @param minValues the fewest options the user must tick (0 to 10, default 1)
 * @param maxValues the most options the user may tick (up to 10, default all of them)
 * @param required whether a choice is needed to submit the modal (default true)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record CheckboxGroup(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    List<CheckboxGroupOption> options,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> minValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.CHECKBOX_GROUP;
  }
}
