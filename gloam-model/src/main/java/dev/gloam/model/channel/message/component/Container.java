package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A framed group of components with an optional accent colour. Maps Discord's "Container Structure"
 * (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param components the components inside: action rows, text displays, sections, media galleries,
 *     separators and files
 * @param accentColor the accent colour as RGB, {@code 0x000000} to {@code 0xFFFFFF}; absent or null
 *     when there is none
 * @param spoiler whether the whole container is blurred until clicked (default false)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Container(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    List<Component> components,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> accentColor,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> spoiler)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.CONTAINER;
  }
}
