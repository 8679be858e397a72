package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A select menu over options the app defines, in an action row of a message or a label of a modal.
 * Maps Discord's "String Select Structure" (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param options the choices, at most 25
 * @param placeholder the text shown while nothing is chosen, up to 150 characters
 * @param minValues the fewest choices the user must make (0 to 25, default 1)
 * @param maxValues the most choices the user may make (up to 25, default 1)
 * @param required whether an answer is required in a modal (default true); ignored in messages
 * @param disabled whether the menu is disabled in a message (default false); not allowed in modals
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record StringSelect(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    List<SelectOption> options,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> minValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> disabled)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.STRING_SELECT;
  }
}
