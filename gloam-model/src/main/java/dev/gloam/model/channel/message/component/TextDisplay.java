package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A block of markdown text, mentions and emojis included. Maps Discord's "Text Display Structure"
 * (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param content the markdown text
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record TextDisplay(@JsonInclude(Include.NON_ABSENT) Optional<Integer> id, String content)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.TEXT_DISPLAY;
  }
}
