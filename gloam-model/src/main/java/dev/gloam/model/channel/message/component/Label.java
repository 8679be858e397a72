package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A label and optional description around one interactive component of a modal. Maps Discord's
 * "Label Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param label the label text, up to 45 characters
 * @param description more text shown with the label, up to 100 characters
 * @param component the wrapped component: a text input, a select menu, a file upload, a radio
 *     group, a checkbox group or a checkbox
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Label(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String label,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    Component component)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.LABEL;
  }
}
