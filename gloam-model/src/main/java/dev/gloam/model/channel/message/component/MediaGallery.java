package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A grid of one to ten images or videos. Maps Discord's "Media Gallery Structure"
 * (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param items the media, one to ten items
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MediaGallery(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id, List<MediaGalleryItem> items)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.MEDIA_GALLERY;
  }
}
