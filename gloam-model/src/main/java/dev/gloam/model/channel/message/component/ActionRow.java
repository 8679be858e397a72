package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A row of up to five buttons or a single select menu; in legacy modals, a row around a text input.
 * Maps Discord's "Action Row Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param components the buttons or the select menu (text inputs in legacy modals)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ActionRow(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id, List<Component> components)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.ACTION_ROW;
  }
}
