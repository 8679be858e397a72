package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A free-form text field in a modal, placed in a label (or, deprecated, in an action row). Maps
 * Discord's "Text Input Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param style whether the field takes one line or several
 * @param label the field's own label; deprecated in favour of a surrounding {@link Label}
 * @param minLength the fewest characters accepted (0 to 4000)
 * @param maxLength the most characters accepted (1 to 4000)
 * @param required whether the field must be filled in (default true)
 * @param value the text filled in in advance, up to 4000 characters
 * @param placeholder the text shown while the field is empty, up to 100 characters
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record TextInput(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    TextInputStyle style,
    @JsonInclude(Include.NON_ABSENT) Optional<String> label,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> minLength,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxLength,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required,
    @JsonInclude(Include.NON_ABSENT) Optional<String> value,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.TEXT_INPUT;
  }
}
