package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Vertical space between components, optionally with a dividing line. Maps Discord's "Separator
 * Structure" (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param divider whether a dividing line is drawn (default true)
 * @param spacing how much padding is added (default small)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Separator(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> divider,
    @JsonInclude(Include.NON_ABSENT) Optional<SeparatorSpacing> spacing)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.SEPARATOR;
  }
}
