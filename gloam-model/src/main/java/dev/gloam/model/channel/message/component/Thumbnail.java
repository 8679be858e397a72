package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A small image, used as a section's accessory. Maps Discord's "Thumbnail Structure"
 * (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param media the image, by URL or {@code attachment://} reference
 * @param description alt text for the image, up to 1024 characters; absent or null when unset
 * @param spoiler whether the image is blurred until clicked (default false)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Thumbnail(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    UnfurledMediaItem media,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> spoiler)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.THUMBNAIL;
  }
}
