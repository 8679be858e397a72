package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.MediaGallery;
import dev.gloam.model.channel.message.component.MediaGalleryItem;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link MediaGallery} of a Components V2 message (components/reference, "Media Gallery"):
 * a grid of one to ten images or videos.
 *
 * <pre>{@code
 * MediaGallery shots = new MediaGalleryBuilder()
 *     .item(MediaSource.attachment("before.png"), "Before")
 *     .item(MediaSource.attachment("after.png"), "After")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the gallery ({@code items[3].description}).
 */
public final class MediaGalleryBuilder {
  private final List<MediaGalleryItem> items = new ArrayList<>();
  private Integer id;

  /** Creates a builder of an empty gallery. */
  public MediaGalleryBuilder() {}

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public MediaGalleryBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Adds a picture or video without alt text.
   *
   * @param media the media
   * @return this builder
   * @throws ValidationException ({@code items[i].media}, {@code items}) if it is missing or the
   *     gallery is full
   */
  public MediaGalleryBuilder item(MediaSource media) {
    return item(media, null, false);
  }

  /**
   * Adds a picture or video with alt text.
   *
   * @param media the media
   * @param description the alt text, at most {@value ComponentChecks#MEDIA_DESCRIPTION_MAX}
   *     characters
   * @return this builder
   * @throws ValidationException ({@code items[i].media}, {@code items[i].description}, {@code
   *     items}) if one is missing or too long, or the gallery is full
   */
  public MediaGalleryBuilder item(MediaSource media, String description) {
    Check.required("items[" + items.size() + "].description", description, "a description");
    return item(media, description, false);
  }

  /**
   * Adds a picture or video.
   *
   * @param media the media
   * @param description the alt text, or {@code null} for none
   * @param spoiler whether it is blurred until clicked
   * @return this builder
   * @throws ValidationException as {@link #item(MediaSource, String)}
   */
  public MediaGalleryBuilder item(MediaSource media, String description, boolean spoiler) {
    String path = "items[" + items.size() + "]";
    Check.required(path + ".media", media, "an item needs media");
    Check.maxLength(path + ".description", description, ComponentChecks.MEDIA_DESCRIPTION_MAX);
    return item(
        new MediaGalleryItem(
            media.toMediaItem(),
            Optional.ofNullable(description),
            spoiler ? Optional.of(true) : Optional.empty()));
  }

  /**
   * Adds an item.
   *
   * @param item the item
   * @return this builder
   * @throws ValidationException ({@code items}) if it is missing or the gallery has {@value
   *     ComponentChecks#GALLERY_ITEMS_MAX} items already
   */
  public MediaGalleryBuilder item(MediaGalleryItem item) {
    Check.required("items[" + items.size() + "]", item, "an item");
    if (items.size() >= ComponentChecks.GALLERY_ITEMS_MAX) {
      throw new ValidationException(
          "items",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.GALLERY_ITEMS_MAX),
          Integer.toString(items.size() + 1));
    }
    items.add(item);
    return this;
  }

  /**
   * Builds the gallery.
   *
   * @return the gallery
   * @throws ValidationException ({@code items}) if it has no items
   */
  public MediaGallery build() {
    MediaGallery gallery = new MediaGallery(Optional.ofNullable(id), List.copyOf(items));
    Relative.checkAlone(() -> ComponentChecks.messageComponents("", List.of(gallery), true));
    return gallery;
  }
}
