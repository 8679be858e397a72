package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single yes/no checkbox in a modal's label. Maps Discord's "Checkbox Structure"
 * (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param defaultSelected whether the box is ticked when the modal opens; written as {@code default}
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Checkbox(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    @JsonProperty("default") @JsonInclude(Include.NON_ABSENT) Optional<Boolean> defaultSelected)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.CHECKBOX;
  }
}
