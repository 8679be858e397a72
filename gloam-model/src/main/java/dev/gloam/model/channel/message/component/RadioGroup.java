package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A list of options of which the user picks exactly one, in a modal's label. Maps Discord's "Radio
 * Group Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param options the options, two to ten
 * @param required whether a choice is needed to submit the modal (default true)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RadioGroup(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    List<RadioGroupOption> options,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.RADIO_GROUP;
  }
}
