package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Text shown next to an accessory, a button or a thumbnail. Maps Discord's "Section Structure"
 * (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param components one to three components, currently text displays
 * @param accessory the component shown beside them, currently a button or a thumbnail
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Section(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    List<Component> components,
    Component accessory)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.SECTION;
  }
}
